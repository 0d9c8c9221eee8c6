import { type Command } from 'commander';
import { action, emit, ExitCode, io } from './program.js';
import { loadPolicyFile, formatDetails } from '../policy/load.js';
import { crossReferenceFindings } from '../policy/rules.js';
import { CustosError } from '../errors.js';

export function registerPolicy(program: Command): void {
  const policy = program.command('policy').description('check, render, diff and publish the privacy policy');
  policy
    .command('check')
    .argument('<file>', 'policy file (YAML)')
    .option('--json', 'machine-readable findings')
    .description('validate a policy file: every finding names file, line, column and rule; exit 0 valid, 1 invalid')
    .addHelpText('after', '\nExamples:\n  custos policy check custos.policy.yaml\n  custos policy check examples/tutoring-marketplace.policy.yaml --json')
    .action(
      action(async (file: string, opts: { json?: boolean }) => {
        try {
          const { policy: p } = loadPolicyFile(file);
          const warnings = crossReferenceFindings(p).filter((f) => f.severity === 'warning');
          emit(opts.json, { valid: true, file, warnings }, () =>
            [`${file}: valid (${Object.keys(p.categories).length} categories, ${Object.keys(p.purposes).length} purposes, ${Object.keys(p.roles).length} roles, ${Object.keys(p.recipients).length} recipients)`, ...warnings.map((w) => `  warning  ${w.message}  [${w.rule}]`)].join('\n'),
          );
        } catch (e) {
          if (e instanceof CustosError && e.code === 'CUSTOS_POLICY_INVALID') {
            if (opts.json) io.out(JSON.stringify({ valid: false, file, errors: e.details }, null, 2));
            else io.err(formatDetails(e.details));
            throw new ExitCode(1);
          }
          throw e;
        }
      }),
    );
}
