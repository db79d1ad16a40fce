/** Names the generated Decap configuration and the admin page's script share. */

/** The form field that names a new entry's file; never written into the file. */
export const ID_FIELD = 'id';
/** The form field of a file's Markdown body. */
export const BODY_FIELD = 'body';
/** The file format the admin page registers for a collection: its frontmatter in schema order, without the id. */
export const fileFormat = (collection: string) => `archive-frontmatter-${collection}`;
/** The widget the admin page registers for the file name. */
export const ID_WIDGET = 'entry-id';
/** Where the admin page finds its generated configuration. */
export const CONFIG_ELEMENT_ID = 'form-editor-config';
/** Where the site serves Decap CMS's bundle, under its base. */
export const DECAP_PATH = 'admin/decap/';
/** The form editor's page, under the site's base. */
export const ADMIN_PATH = 'admin/';
