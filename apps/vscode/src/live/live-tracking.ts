import { type SleepFunction, sleep } from '@callroll/core';
import { MeetingNode } from '../tree/meeting-node.js';
import type { RootNode } from '../tree/root-node.js';
import type { TreeNode } from '../tree/tree-node.js';
import type { Disposable } from '../util/emitter.js';
import type { Logger } from '../util/logger.js';
import { LiveSession } from './live-session.js';

export interface LiveTrackingOptions {
  root: RootNode;
  log: Logger;
  /** The share of each account's request limit its live meetings take together (the tracker's 0.5). */
  share?: number | undefined;
  sleep?: SleepFunction | undefined;
  clock?: (() => number) | undefined;
  retryMs?: number | undefined;
  now?: (() => Date) | undefined;
}

/**
 * Follows the live meetings a person has open: one core tracker per expanded live meeting, while
 * the view is visible and `callroll.liveRefreshSeconds` is not 0; stopped when the meeting (or a
 * row above it) is collapsed or the view hidden. The live meetings of one account share its budget:
 * each tracker takes an equal part of the share, so that opening a second one does not double the
 * requests.
 */
export class LiveTracking implements Disposable {
  private readonly sessions = new Map<string, LiveSession>();
  private readonly expandedIds = new Set<string>();
  private readonly collapsedIds = new Set<string>();
  private visible = false;
  private intervalSeconds = 0;
  private syncScheduled = false;

  constructor(private readonly options: LiveTrackingOptions) {}

  /** The sessions running now (for tests and the log). */
  get running(): readonly LiveSession[] {
    return [...this.sessions.values()];
  }

  configure(change: { intervalSeconds?: number; visible?: boolean }): void {
    if (change.intervalSeconds !== undefined && change.intervalSeconds !== this.intervalSeconds) {
      this.intervalSeconds = change.intervalSeconds;
      this.stopAll();
    }
    if (change.visible !== undefined) this.visible = change.visible;
    this.sync();
  }

  expanded(node: TreeNode): void {
    this.expandedIds.add(node.id);
    this.collapsedIds.delete(node.id);
    this.sync();
  }

  collapsed(node: TreeNode): void {
    this.collapsedIds.add(node.id);
    this.expandedIds.delete(node.id);
    this.sync();
  }

  /** A meeting loaded its lists: it is open (VS Code asks only open rows), or was read afresh. */
  opened(node: TreeNode): void {
    this.expandedIds.add(node.id);
    this.collapsedIds.delete(node.id);
    this.sync();
  }

  /**
   * Calls were placed or cancelled in a meeting: its tracker reads again as soon as the budget
   * allows; a meeting without one reloads the rows it shows, keeping how many.
   */
  async callsPlaced(node: TreeNode): Promise<void> {
    const session = this.sessions.get(node.id);
    if (session && session.node === node) session.poke();
    else if (node instanceof MeetingNode) await node.phoneListing?.reloadInPlace();
  }

  /**
   * After a redraw: meetings read afresh (a refresh, new secrets) are new rows, and the trackers of
   * the old ones must stop. Once per turn of the event loop, however many rows were redrawn.
   */
  scheduleSync(): void {
    if (this.syncScheduled) return;
    this.syncScheduled = true;
    setTimeout(() => {
      this.syncScheduled = false;
      this.sync();
    }, 0);
  }

  /** Starts what should run and stops what should not (after any change of the tree or settings). */
  sync(): void {
    const wanted = this.wanted();
    const perAccount = new Map<unknown, number>();
    for (const node of wanted) perAccount.set(node.account, (perAccount.get(node.account) ?? 0) + 1);
    const base = this.options.share ?? 0.5;
    const keep = new Set<string>();
    for (const node of wanted) {
      const share = base / (perAccount.get(node.account) ?? 1);
      const session = this.sessions.get(node.id);
      const listing = node.phoneListing;
      if (!listing) continue;
      keep.add(node.id);
      if (session && session.node === node && session.listing === listing && session.options.share === share)
        continue;
      session?.stop();
      this.sessions.set(node.id, this.start(node, listing, share));
    }
    for (const [id, session] of this.sessions) {
      if (keep.has(id)) continue;
      session.stop();
      this.sessions.delete(id);
    }
  }

  dispose(): void {
    this.stopAll();
  }

  private start(node: MeetingNode, listing: NonNullable<MeetingNode['phoneListing']>, share: number) {
    return new LiveSession(node, listing, node.account.provider(), {
      share,
      minIntervalMs: this.intervalSeconds * 1000,
      log: this.options.log,
      sleep: this.options.sleep ?? sleep,
      clock: this.options.clock ?? (() => performance.now()),
      retryMs: this.options.retryMs ?? 30_000,
      now: this.options.now,
    });
  }

  private wanted(): MeetingNode[] {
    if (!this.visible || this.intervalSeconds <= 0) return [];
    return this.options.root
      .meetingNodes()
      .filter(
        (node) =>
          node.isLive &&
          node.phoneListing !== undefined &&
          node.account.capabilities()?.liveStatus === true &&
          this.isOpen(node),
      );
  }

  /** The row and every row above it are expanded (by the person, or by default). */
  private isOpen(node: TreeNode): boolean {
    for (let current: TreeNode | undefined = node; current?.parent; current = current.parent) {
      if (this.expandedIds.has(current.id)) continue;
      if (this.collapsedIds.has(current.id) || current.view().collapsible !== 'expanded') return false;
    }
    return true;
  }

  private stopAll(): void {
    for (const session of this.sessions.values()) session.stop();
    this.sessions.clear();
  }
}
