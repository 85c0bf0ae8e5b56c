import type { ConfigFileProblem } from '../../../shared/contract';

/** Problems found in the AWS config and credentials files, named by file and line. */
export function ConfigProblems({ problems }: { problems: ConfigFileProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <section aria-label="AWS config problems" className="config-problems">
      {problems.map((p, i) => (
        <p key={i}>
          {p.file}
          {p.line !== null ? `:${p.line}` : ''}: {p.message}
        </p>
      ))}
    </section>
  );
}
