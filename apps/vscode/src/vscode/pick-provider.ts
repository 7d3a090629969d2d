import * as vscode from 'vscode';
import type { FactoryRegistration, ProviderRegistry } from '../providers/provider-registry.js';

/** The providers an account can be added for: built in first, then those of other extensions. */
export async function pickProvider(registry: ProviderRegistry): Promise<FactoryRegistration | undefined> {
  const t = vscode.l10n.t;
  const items = registry.factories().map((registration) => {
    const features = [t('meetings and phone participants')];
    if (registration.capabilities.listMeetings) features.push(t('meeting lists'));
    if (registration.capabilities.callOut) features.push(t('call-outs'));
    return {
      label: registration.displayName,
      description:
        registration.source === 'builtin' ? registration.id : t('{0}, from an extension', registration.id),
      detail: features.join(' · '),
      registration,
    };
  });
  const picked = await vscode.window.showQuickPick(items, {
    title: t('Add account'),
    placeHolder: t('Which meeting service is the account with?'),
    ignoreFocusOut: true,
  });
  return picked?.registration;
}
