import * as vscode from 'vscode';
import { describeError } from '../format/describe-error.js';
import type { Services } from '../vscode/services.js';
import {
  type Confirmation,
  confirmNumbers,
  confirmRedial,
  type NumbersInput,
  type RedialInput,
  runNumbers,
  runRedial,
} from './call-out-tools.js';
import {
  getMeetingSummary,
  type ListMeetingsInput,
  type ListPhonesInput,
  listMeetings,
  listPhoneParticipants,
  listProviders,
} from './read-tools.js';

interface ToolSpec<T> {
  run: (input: T) => Promise<unknown>;
  /** A call-out: asks the person first (VS Code's confirmation, with Continue and Cancel). */
  confirm?: (input: T) => Confirmation;
}

/**
 * The read tools of the MCP server (`callroll-mcp`), and its call-out tools, as language-model
 * tools over the accounts added in VS Code: their secrets stay in SecretStorage and nothing a tool
 * answers holds a setting's value. Names carry `callroll_`, since tool names are shared by every
 * extension. Registered only where VS Code has the API (`vscode.lm.registerTool`, 1.95).
 */
export function registerLanguageModelTools(services: Services): vscode.Disposable[] {
  const lm = (vscode as { lm?: Partial<typeof vscode.lm> }).lm;
  if (typeof lm?.registerTool !== 'function') return [];
  const t = vscode.l10n.t;
  const locale = vscode.env.language;
  const tools: Record<string, ToolSpec<never>> = {
    callroll_list_providers: { run: () => listProviders(services) },
    callroll_list_meetings: { run: (input: ListMeetingsInput) => listMeetings(services, input) },
    callroll_get_meeting_summary: {
      run: (input: { provider?: string; account?: string; meeting: string }) =>
        getMeetingSummary(services, input),
    },
    callroll_list_phone_participants: {
      run: (input: ListPhonesInput) => listPhoneParticipants(services, input),
    },
    callroll_start_callouts: {
      run: (input: NumbersInput) => runNumbers(services, 'start', input),
      confirm: (input: NumbersInput) => confirmNumbers(services, 'start', input, t, locale),
    },
    callroll_cancel_callouts: {
      run: (input: NumbersInput) => runNumbers(services, 'cancel', input),
      confirm: (input: NumbersInput) => confirmNumbers(services, 'cancel', input, t, locale),
    },
    callroll_redial: {
      run: (input: RedialInput) => runRedial(services, input),
      confirm: (input: RedialInput) => confirmRedial(input, t),
    },
  };
  const registerTool = lm.registerTool.bind(lm);
  return Object.entries(tools).map(([name, spec]) => registerTool(name, toTool(services, name, spec)));
}

function toTool<T>(services: Services, name: string, spec: ToolSpec<T>): vscode.LanguageModelTool<T> {
  const confirm = spec.confirm;
  return {
    ...(confirm
      ? {
          prepareInvocation: (options: vscode.LanguageModelToolInvocationPrepareOptions<T>) => ({
            confirmationMessages: confirm(options.input),
          }),
        }
      : {}),
    invoke: async (options) => {
      try {
        const result = await spec.run(options.input);
        return new vscode.LanguageModelToolResult([new vscode.LanguageModelTextPart(JSON.stringify(result))]);
      } catch (error) {
        // The model reads the error's text: the same secret-free words a person would see.
        const description = describeError(error, (text, ...args) => vscode.l10n.t(text, ...args));
        services.log.warn(`Language model tool ${name} failed: ${description.technical}`);
        throw new Error(
          description.summary === description.detail
            ? description.summary
            : `${description.summary}: ${description.detail}`,
        );
      }
    },
  };
}
