/**
 * The CLI's language: Chinese by default (the clerks and supervisors who run it read Chinese),
 * English with `--lang en` or an English locale (LC_ALL / LC_MESSAGES / LANG = en_US.UTF-8 …).
 * No imports: `assess rule` and `assess --help` must start without loading any workbook code.
 */
export type Lang = "zh" | "en";

/** The locale variables in POSIX order of precedence; C/POSIX say nothing about the language. */
function localeLang(env: NodeJS.ProcessEnv): Lang | undefined {
  for (const name of ["LC_ALL", "LC_MESSAGES", "LANG"]) {
    const v = env[name];
    if (!v) continue;
    if (/^en([_.@-]|$)/i.test(v)) return "en";
    if (/^zh([_.@-]|$)/i.test(v)) return "zh";
    return undefined;
  }
  return undefined;
}

/**
 * Take `--lang X` / `--lang=X` out of the arguments. Returns the language and the other
 * arguments, or a one-line reason when the value is not zh/en.
 */
export function takeLang(argv: ReadonlyArray<string>, env: NodeJS.ProcessEnv = process.env): { lang: Lang; rest: string[]; error?: string } {
  let given: string | undefined;
  let missing = false;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      rest.push(...argv.slice(i));
      break;
    }
    if (a === "--lang") {
      const v = argv[i + 1];
      if (v === undefined || v.startsWith("-")) missing = true;
      else {
        given = v;
        i++;
      }
    } else if (a.startsWith("--lang=")) given = a.slice("--lang=".length);
    else rest.push(a);
  }
  const fallback = localeLang(env) ?? "zh";
  if (missing) return { lang: fallback, rest, error: fallback === "en" ? "--lang needs zh or en" : "--lang 后面应为 zh 或 en" };
  if (given === undefined) return { lang: fallback, rest };
  const g = given.toLowerCase();
  if (/^(zh|cn|chs|zh[_-].*|中文)$/.test(g)) return { lang: "zh", rest };
  if (/^(en|en[_-].*|english)$/.test(g)) return { lang: "en", rest };
  return {
    lang: fallback,
    rest,
    error: fallback === "en" ? `--lang must be zh or en, got '${given}'` : `--lang 应为 zh 或 en,而不是 '${given}'`,
  };
}

/** Pick the text for the language. */
export function tr(lang: Lang, zh: string, en: string): string {
  return lang === "en" ? en : zh;
}
