/**
 * `npm run check`: every content problem in one run, without building the site. Uses the same
 * validator the build runs first, so a clean check means the build will not stop on content.
 */
import { contentDir } from '../src/lib/content-dir.ts';
import { formatProblem } from '../src/lib/integrity/problem.ts';
import { validateArchive } from '../src/lib/integrity/validate.ts';

const dir = contentDir();
const { entries, problems } = validateArchive(dir);
for (const problem of problems) {
  (problem.severity === 'error' ? console.error : console.warn)(formatProblem(problem));
}
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
if (errors > 0) {
  console.error(
    `\n发现 ${errors} 处错误、${warnings} 处警告。请按上面列出的文件、行号和字段逐一修改；有错误时网站不会生成。`,
  );
  process.exitCode = 1;
} else if (warnings > 0) {
  console.log(
    `\n${entries.length} 个条目没有错误，有 ${warnings} 处警告：警告不妨碍生成网站，但请逐条核对。`,
  );
} else {
  console.log(`\n${entries.length} 个条目全部通过检查。`);
}
