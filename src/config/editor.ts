import type { EditorBackend } from '../lib/admin/decap-config.ts';

/**
 * Where the form editor (/admin/) saves in production: the git host holding this repository.
 * Each value can be set at build time instead (FORM_EDITOR_BACKEND, FORM_EDITOR_REPO, …), so one
 * repository can be published by offices on different hosts. README “Form editor” explains each host.
 *
 * - github: GitHub or GitHub Enterprise; logging in needs an OAuth proxy at `base_url`.
 * - gitlab: gitlab.com or a self-hosted GitLab (`api_root`); log in with an OAuth application (`app_id`, PKCE).
 * - gitea / forgejo: a Gitea or Forgejo server (`base_url`, `api_root`); log in with an OAuth application (`app_id`).
 */
const env = process.env;

export const EDITOR_BACKEND: EditorBackend = {
  name: (env['FORM_EDITOR_BACKEND'] as EditorBackend['name'] | undefined) ?? 'github',
  repo: env['FORM_EDITOR_REPO'] ?? 'zhaoyuan-bangfu/archive',
  branch: env['FORM_EDITOR_BRANCH'] ?? 'main',
  ...(env['FORM_EDITOR_BASE_URL'] ? { base_url: env['FORM_EDITOR_BASE_URL'] } : {}),
  ...(env['FORM_EDITOR_API_ROOT'] ? { api_root: env['FORM_EDITOR_API_ROOT'] } : {}),
  ...(env['FORM_EDITOR_APP_ID'] ? { app_id: env['FORM_EDITOR_APP_ID'], auth_type: 'pkce' as const } : {}),
};

/**
 * Drafts as pull (merge) requests: a saved entry waits on a branch for review and is published by
 * merging it. Decap offers it on GitHub, GitLab and Forgejo; on Gitea every save goes straight to the branch.
 */
export const EDITORIAL_WORKFLOW =
  (env['FORM_EDITOR_WORKFLOW'] ?? 'true') === 'true' && EDITOR_BACKEND.name !== 'gitea';
