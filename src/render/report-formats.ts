import type { Digest } from '../core/digest.js';
import type { Commitment, CommitmentSummary } from '../core/model.js';
import type { Messages } from '../messages/index.js';
import type { Output } from './chunks.js';
import type { CommitmentJson, JsonCommitment, RegisterJson } from './commitment-json.js';
import { digestJsonChunks } from './report-json.js';
import { renderReportMarkdown } from './report-md.js';
import { renderReportText } from './report-text.js';
import { groupsMarkdown, groupsText, type GroupsView } from './report-groups.js';
import type { Style } from './style.js';

export interface ReportView<C extends CommitmentSummary = CommitmentSummary> {
  digest: Digest<C>;
  messages: Messages;
  style: Style;
  /** For JSON: which register the report was made from. */
  register: RegisterJson;
  /** For JSON: only these keys of each commitment (`--json id,state`); all when absent. */
  fields?: readonly (keyof CommitmentJson)[];
  /** With `--group-by`: the counts per group, shown before the lists. */
  groups?: GroupsView;
}

/** The formats of `report`, by name: adding one is a renderer and an entry here. */
export const REPORT_FORMATS = {
  text: (view: ReportView) =>
    `${view.groups ? `${groupsText(view.groups, view.messages, view.style).join('\n')}\n\n` : ''}${renderReportText(view.digest, view.messages, view.style)}`,
  md: (view: ReportView) => `${view.groups ? `${groupsMarkdown(view.groups, view.messages).join('\n')}\n\n` : ''}${renderReportMarkdown(view.digest, view.messages)}`,
  json: (view: ReportView<JsonCommitment>) =>
    digestJsonChunks(view.digest, view.messages, view.register, { fields: view.fields, groups: view.groups, human: view.style.human }),
} satisfies Record<string, (view: ReportView<Commitment>) => Output>;

export type ReportFormat = keyof typeof REPORT_FORMATS;
