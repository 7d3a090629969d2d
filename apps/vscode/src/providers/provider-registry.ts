import {
  isProviderFactoryV1,
  isProviderV1,
  type ProviderCapabilities,
  type ProviderFactoryV1,
  type ProviderV1,
} from '@callroll/core';
import { type Disposable, Emitter } from '../util/emitter.js';

/** Where a provider came from: built in, or the id of the extension that registered it. */
export type ProviderSource = 'builtin' | (string & {});

export interface FactoryRegistration {
  kind: 'factory';
  id: string;
  displayName: string;
  capabilities: ProviderCapabilities;
  factory: ProviderFactoryV1;
  source: ProviderSource;
}

/** A ready provider (made by the extension that registered it): shown as an account of its own. */
export interface InstanceRegistration {
  kind: 'instance';
  id: string;
  displayName: string;
  capabilities: ProviderCapabilities;
  provider: ProviderV1;
  source: ProviderSource;
}

export type ProviderRegistration = FactoryRegistration | InstanceRegistration;

/** Thrown to the extension that registers something that is not a v1 provider, or a taken id. */
export class ProviderRegistrationError extends Error {
  override readonly name = 'ProviderRegistrationError';
}

/**
 * The providers the extension knows: the built-in factories and whatever other extensions
 * register through the API. Ids are unique across both kinds.
 */
export class ProviderRegistry {
  private readonly registrations = new Map<string, ProviderRegistration>();
  private readonly changed = new Emitter<ProviderRegistration>();
  readonly onDidChange = this.changed.on.bind(this.changed);

  /** Takes a `ProviderFactoryV1` or a `ProviderV1`; anything else is refused. */
  register(value: unknown, source: ProviderSource): Disposable {
    const registration = toRegistration(value, source);
    if (this.registrations.has(registration.id)) {
      throw new ProviderRegistrationError(
        `A Callroll provider with the id "${registration.id}" is already registered`,
      );
    }
    this.registrations.set(registration.id, registration);
    this.changed.fire(registration);
    let disposed = false;
    return {
      dispose: () => {
        if (disposed || this.registrations.get(registration.id) !== registration) return;
        disposed = true;
        this.registrations.delete(registration.id);
        this.changed.fire(registration);
      },
    };
  }

  get(id: string): ProviderRegistration | undefined {
    return this.registrations.get(id);
  }

  factory(id: string): FactoryRegistration | undefined {
    const registration = this.registrations.get(id);
    return registration?.kind === 'factory' ? registration : undefined;
  }

  factories(): FactoryRegistration[] {
    return [...this.registrations.values()].filter(
      (registration): registration is FactoryRegistration => registration.kind === 'factory',
    );
  }

  instances(): InstanceRegistration[] {
    return [...this.registrations.values()].filter(
      (registration): registration is InstanceRegistration => registration.kind === 'instance',
    );
  }
}

function toRegistration(value: unknown, source: ProviderSource): ProviderRegistration {
  // A factory is checked first: a provider object never has `create`, a factory may look like one.
  if (isProviderFactoryV1(value)) {
    checkCapabilities(value.capabilities, value.id);
    return {
      kind: 'factory',
      id: value.id,
      displayName: value.displayName,
      capabilities: value.capabilities,
      factory: value,
      source,
    };
  }
  if (isProviderV1(value)) {
    checkCapabilities(value.capabilities, value.id);
    return {
      kind: 'instance',
      id: value.id,
      displayName: typeof value.displayName === 'string' ? value.displayName : value.id,
      capabilities: value.capabilities,
      provider: value,
      source,
    };
  }
  throw new ProviderRegistrationError(
    'registerProvider expects a Callroll v1 provider or provider factory (specificationVersion "v1")',
  );
}

function checkCapabilities(capabilities: unknown, id: string): void {
  const value = capabilities as Partial<ProviderCapabilities> | undefined;
  if (
    typeof value !== 'object' ||
    value === null ||
    typeof value.maxPageSize !== 'number' ||
    !(value.maxPageSize >= 1)
  ) {
    throw new ProviderRegistrationError(`The provider "${id}" declares no valid capabilities`);
  }
  if (!/^[a-z][a-z0-9-]{0,39}$/.test(id)) {
    throw new ProviderRegistrationError(
      `"${id}" is not a valid provider id (lower-case letters, digits and hyphens)`,
    );
  }
}
