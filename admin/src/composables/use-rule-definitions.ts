import { computed, shallowRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { ruleDefinitionsQuery } from '../graphql/documents';
import type { RuleDefinitionsQuery } from '../graphql/generated/graphql';
import { unexpectedError } from '../lib/errors';
import { formatDateTime } from '../lib/format';
import { formatRuleValue, type RuleUnitName, type RuleValueWords, WHOLE_UNITS } from '../lib/rule-units';
import { client } from '../urql';

export type RuleDefinition = RuleDefinitionsQuery['ruleDefinitions'][number];

const definitions = shallowRef<readonly RuleDefinition[]>([]);
let loaded: Promise<void> | null = null;

/** The registry is the same for the whole session (it changes with a deployment): read once. */
function load(): Promise<void> {
  if (!loaded) {
    loaded = client
      .query(ruleDefinitionsQuery, {})
      .toPromise()
      .then((result) => {
        if (result.error) {
          loaded = null;
          unexpectedError(result.error);
          return;
        }
        definitions.value = result.data?.ruleDefinitions ?? [];
      });
  }
  return loaded;
}

/**
 * The rules the platform reads (ruleDefinitions): each key's unit, bounds and description in the
 * reader's language, and its values shown in their units (yuan, days, a ladder).
 */
export function useRuleDefinitions() {
  const { t, locale } = useI18n();
  void load();

  const byKey = computed(() => new Map(definitions.value.map((definition) => [definition.key, definition])));

  const words = computed<RuleValueWords>(() => ({
    withUnit: (unit, amount) => (WHOLE_UNITS.includes(unit) ? t(`rules.units.${unit}`, { n: amount }) : String(amount)),
    yuan: (amount) => t('rules.yuan', { amount }),
    permanent: t('rules.permanent'),
    yes: t('rules.yes'),
    no: t('rules.no'),
    replaceOnly: t('rules.replaceOnly'),
    allOperations: t('rules.allOperations'),
    none: t('rules.none'),
    listSeparator: t('rules.listSeparator'),
    moment: (iso) => formatDateTime(iso, locale.value),
  }));

  const unitOf = (key: string): RuleUnitName => (byKey.value.get(key)?.unit as RuleUnitName | undefined) ?? 'JSON';

  /** A value of `key` as a person reads it (JSON for a key not in the registry). */
  const format = (key: string, value: unknown): string => formatRuleValue(unitOf(key), value, words.value);

  const describe = (key: string): string => {
    const description = byKey.value.get(key)?.description;
    if (!description) return '';
    return locale.value === 'en' ? description.en : description.zhCN;
  };

  return { definitions, byKey, unitOf, format, describe, reload: load };
}
