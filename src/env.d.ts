interface ImportMetaEnv {
  /** True in `astro dev`, where editors preview drafts; false in every build. */
  readonly ARCHIVE_PREVIEW_DRAFTS: boolean;
}

declare module 'virtual:archive-form-editor-config' {
  const config: import('./lib/admin/decap-config.ts').DecapConfig;
  export default config;
}
