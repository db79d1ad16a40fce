/**
 * Starts Decap CMS (loaded before this script from the site's own copy) with the configuration
 * generated from `src/schemas/`, the archive's file format and the file-name widget.
 */
import { FORM_LABELS } from '../../i18n/zh.ts';
import { idFromName } from '../../lib/entry-id.ts';
import { issueFileName, readEntryFile, writeEntryFile, type FieldOrder } from '../../lib/admin/entry-file.ts';
import { CONFIG_ELEMENT_ID, fileFormat, ID_FIELD, ID_WIDGET } from '../../lib/admin/form-names.ts';

/** The few Immutable.js reads the widget needs from Decap's props. */
interface ImmutableMap {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
  set(key: string, value: unknown): ImmutableMap;
}

interface ControlProps {
  forID: string;
  value: unknown;
  classNameWrapper: string;
  field: ImmutableMap;
  entry: ImmutableMap;
  onChange: (value: string) => void;
  setActiveStyle: () => void;
  setInactiveStyle: () => void;
}

type Element = unknown;
type CreateElement = (type: string, props: Record<string, unknown> | null, ...children: unknown[]) => Element;

interface ControlSpec {
  shouldComponentUpdate(): boolean;
  isValid(): true | { error: { message: string } };
  render(): Element;
}

declare global {
  interface Window {
    CMS: {
      registerCustomFormat(
        this: void,
        name: string,
        extension: string,
        format: {
          fromFile(text: string): Record<string, unknown>;
          toFile(data: Record<string, unknown>): string;
        },
      ): void;
      registerWidget(this: void, name: string, control: unknown, preview?: unknown): void;
      registerEventListener(
        this: void,
        listener: { name: 'preSave'; handler: (event: { entry: ImmutableMap }) => unknown },
      ): void;
      init(this: void, options: { config: unknown }): void;
    };
    createClass(this: void, spec: ControlSpec & ThisType<{ props: ControlProps } & ControlSpec>): unknown;
    h: CreateElement;
  }
}

const { CMS, createClass, h } = window;

const isNew = (props: ControlProps) => props.entry.get('newRecord') === true;
const fromIssue = (props: ControlProps) => props.field.get('from_issue') !== undefined;

/**
 * The file name: shown for a saved entry (it is the entry's address and does not change); for a new
 * bulletin made from its date and issue; for any other new entry typed, with the pinyin of its name offered.
 */
const EntryIdControl = createClass({
  // The pinyin offered follows the name field, so the control re-renders on every change of the entry.
  shouldComponentUpdate: () => true,
  isValid() {
    if (!isNew(this.props) || fromIssue(this.props)) return true;
    if (typeof this.props.value === 'string' && this.props.value !== '') return true;
    return { error: { message: FORM_LABELS.fileNameRequired } };
  },
  render() {
    const { forID, value, classNameWrapper, entry, field, onChange, setActiveStyle, setInactiveStyle } =
      this.props;
    // Marks the archive's own part of the form, which the accessibility test checks.
    const own = { id: forID, className: classNameWrapper, 'data-file-name-field': '' };
    if (!isNew(this.props)) return h('p', own, String(entry.get('slug')));
    if (fromIssue(this.props)) return h('p', own, FORM_LABELS.fileNameOnSave);
    const source = entry.getIn(['data', String(field.get('suggest_from'))]);
    const suggestion = typeof source === 'string' && source !== '' ? idFromName(source) : '';
    return h(
      'div',
      { className: classNameWrapper, 'data-file-name-field': '' },
      h('input', {
        id: forID,
        type: 'text',
        lang: 'en',
        autoComplete: 'off',
        spellCheck: false,
        value: typeof value === 'string' ? value : '',
        onChange: (event: { target: { value: string } }) => onChange(event.target.value.trim()),
        onFocus: setActiveStyle,
        onBlur: setInactiveStyle,
        style: { width: '100%', border: 0, font: 'inherit', background: 'transparent' },
      }),
      suggestion && suggestion !== value
        ? h(
            'button',
            { type: 'button', onClick: () => onChange(suggestion), style: { marginTop: '0.5em' } },
            `${FORM_LABELS.usePinyin}：${suggestion}`,
          )
        : null,
    );
  },
});

CMS.registerWidget(ID_WIDGET, EntryIdControl);

const config = JSON.parse(document.getElementById(CONFIG_ELEMENT_ID)?.textContent ?? '{}') as {
  collections: {
    name: string;
    extension: string;
    fields: (FieldOrder & { from_issue?: { date: string; issue: string } })[];
  }[];
};

for (const collection of config.collections) {
  CMS.registerCustomFormat(fileFormat(collection.name), collection.extension, {
    fromFile: readEntryFile,
    toFile: (data) => writeEntryFile(data, collection.fields),
  });
}

/** Collections whose new files are named from date and issue, and those two fields. */
const namedByIssue = new Map(
  config.collections.flatMap((collection) => {
    const from = collection.fields.find((field) => field.name === ID_FIELD)?.from_issue;
    return from ? [[collection.name, from] as const] : [];
  }),
);

// Decap names a new file from the entry's data after this handler, so a bulletin's name is set here,
// from the date and issue as saved.
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }) => {
    const from = namedByIssue.get(String(entry.get('collection')));
    if (!from || entry.get('newRecord') !== true) return entry.get('data');
    const data = entry.get('data') as ImmutableMap;
    const name = issueFileName(data.get(from.date), data.get(from.issue));
    return name ? data.set(ID_FIELD, name) : data;
  },
});

CMS.init({ config });
