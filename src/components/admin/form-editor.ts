/**
 * Starts Decap CMS (loaded before this script from the site's own copy) with the configuration
 * generated from `src/schemas/`, the archive's file format and the file-name widget.
 */
import { FORM_LABELS } from '../../i18n/zh.ts';
import { idFromName } from '../../lib/entry-id.ts';
import { issueFileName, readEntryFile, writeEntryFile } from '../../lib/admin/entry-file.ts';
import { CONFIG_ELEMENT_ID, FILE_FORMAT, ID_WIDGET } from '../../lib/admin/form-names.ts';

/** The few Immutable.js reads the widget needs from Decap's props. */
interface ImmutableMap {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
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
  componentDidMount(): void;
  componentDidUpdate(): void;
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
      init(this: void, options: { config: unknown }): void;
    };
    createClass(this: void, spec: ControlSpec & ThisType<{ props: ControlProps } & ControlSpec>): unknown;
    h: CreateElement;
  }
}

const { CMS, createClass, h } = window;

CMS.registerCustomFormat(FILE_FORMAT, 'md', { fromFile: readEntryFile, toFile: writeEntryFile });

const isNew = (props: ControlProps) => props.entry.get('newRecord') === true;
const fromIssue = (props: ControlProps) => props.field.get('from_issue') !== undefined;

/** What the file of a new bulletin must be called, from the date and issue typed so far. */
const issueName = (props: ControlProps) =>
  issueFileName(props.entry.getIn(['data', 'date']), props.entry.getIn(['data', 'issue']));

/**
 * The file name: shown for a saved entry (it is the entry's address and does not change); for a new
 * bulletin made from its date and issue; for any other new entry typed, with the pinyin of its name offered.
 */
const EntryIdControl = createClass({
  // The name follows other fields (date, issue, name), so the control re-renders on every change.
  shouldComponentUpdate: () => true,
  componentDidMount() {
    this.componentDidUpdate();
  },
  componentDidUpdate() {
    if (!isNew(this.props) || !fromIssue(this.props)) return;
    const name = issueName(this.props);
    if (name && name !== this.props.value) this.props.onChange(name);
  },
  isValid() {
    if (!isNew(this.props) || (typeof this.props.value === 'string' && this.props.value !== '')) return true;
    return { error: { message: FORM_LABELS.fileNameRequired } };
  },
  render() {
    const { forID, value, classNameWrapper, entry, field, onChange, setActiveStyle, setInactiveStyle } =
      this.props;
    if (!isNew(this.props))
      return h('p', { id: forID, className: classNameWrapper }, String(entry.get('slug')));
    if (fromIssue(this.props)) {
      return h('output', { id: forID, className: classNameWrapper }, typeof value === 'string' ? value : '');
    }
    const source = entry.getIn(['data', String(field.get('suggest_from'))]);
    const suggestion = typeof source === 'string' && source !== '' ? idFromName(source) : '';
    return h(
      'div',
      { className: classNameWrapper },
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

const configText = document.getElementById(CONFIG_ELEMENT_ID)?.textContent ?? '{}';
CMS.init({ config: JSON.parse(configText) as unknown });
