import type { AstroIntegration } from 'astro';
import { contentDir } from '../lib/content-dir.ts';
import { formatProblem } from '../lib/integrity/problem.ts';
import { validateArchive } from '../lib/integrity/validate.ts';

/**
 * Runs the archive validator before Astro reads any content, so a build never goes ahead on
 * content that breaks a rule (Astro alone only warns on a missing reference, and YAML rolls
 * impossible dates over).
 */
export function integrity(): AstroIntegration {
  return {
    name: 'archive-integrity',
    hooks: {
      'astro:config:setup': ({ command, logger, updateConfig }) => {
        // Drafts are previewed in `astro dev` only; every build is a publication.
        updateConfig({
          vite: { define: { 'import.meta.env.ARCHIVE_PREVIEW_DRAFTS': JSON.stringify(command === 'dev') } },
        });
        const { problems } = validateArchive(contentDir());
        const errors = problems.filter((p) => p.severity === 'error');
        for (const problem of problems) {
          if (problem.severity === 'error') logger.error(formatProblem(problem));
          else logger.warn(formatProblem(problem));
        }
        if (errors.length > 0 && command === 'build') {
          throw new Error(
            `内容检查发现 ${errors.length} 处错误，网站未生成。请按上面列出的文件、行号和字段逐一修改。`,
          );
        }
      },
    },
  };
}
