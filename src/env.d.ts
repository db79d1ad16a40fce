interface ImportMetaEnv {
  /** True in `astro dev`, where editors preview drafts; false in every build. */
  readonly ARCHIVE_PREVIEW_DRAFTS: boolean;
}
