import { builtinProviderFactories, describeFailure } from '@callroll/accounts';
import type { ProviderFactoryV1 } from '@callroll/core';
import type { CallToolResult } from '@modelcontextprotocol/server';
import { scrubSecrets, secretValues } from './scrub-secrets.js';
import type { ServerContext } from './server-context.js';
import { ToolInputError } from './tool-input-error.js';

/** What one tool call has opened, so that its failure names the provider and nothing stays open. */
export interface ToolRun {
  context: ServerContext;
  signal: AbortSignal;
  /** The provider in use, once chosen: an error names it and its settings. */
  factory: ProviderFactoryV1 | undefined;
  /** Every secret value the environment holds for the providers loaded. */
  secrets: string[];
  closers: (() => Promise<void> | undefined)[];
}

/** A tool's answer: its structured content and the short text beside it. */
export interface ToolAnswer<T> {
  structured: T;
  text: string;
}

/**
 * Runs a tool: its answer as structured content and text, or any failure as a tool error in the
 * one line every front end words it as. Secrets are scrubbed from both; what it opened is closed.
 */
export async function runTool<T extends object>(
  context: ServerContext,
  signal: AbortSignal,
  work: (run: ToolRun) => Promise<ToolAnswer<T>>,
): Promise<CallToolResult> {
  const run: ToolRun = {
    context,
    signal,
    factory: undefined,
    secrets: secretValues(
      builtinProviderFactories.map((factory) => ({ factory, plugin: undefined })),
      context.env,
    ),
    closers: [],
  };
  try {
    const answer = await work(run);
    return scrubSecrets(
      { content: [{ type: 'text', text: answer.text }], structuredContent: answer.structured },
      run.secrets,
    );
  } catch (error) {
    const line = ToolInputError.isInstance(error)
      ? error.message
      : describeFailure(error, { messages: context.messages, factory: run.factory }).line;
    return scrubSecrets({ content: [{ type: 'text', text: line }], isError: true }, run.secrets);
  } finally {
    for (const close of run.closers) await close()?.catch(() => undefined);
  }
}
