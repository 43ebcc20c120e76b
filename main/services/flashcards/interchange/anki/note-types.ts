// Note types as schema 11 JSON for col.models: the app's own "Basic" and "Cloze" (plain text cards),
// and any note type with its fields, templates and CSS (imported note types going back out).

/** Fixed ids so repeated exports reuse the same note types in Anki instead of adding copies. */
export const BASIC_MODEL_ID = 1_735_000_000_001;
export const CLOZE_MODEL_ID = 1_735_000_000_002;

/** Anki's model "type": 0 standard, 1 cloze. */
export const MODEL_TYPE_STANDARD = 0;
export const MODEL_TYPE_CLOZE = 1;

const CSS =
  '.card {\n font-family: arial;\n font-size: 20px;\n text-align: center;\n color: black;\n background-color: white;\n}\n';
const CLOZE_CSS = `${CSS}\n.cloze {\n font-weight: bold;\n color: blue;\n}\n`;

export function fieldJson(name: string, ord: number) {
  return { name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] as string[] };
}

export function templateJson(name: string, ord: number, qfmt: string, afmt: string) {
  return { name, ord, qfmt, afmt, did: null, bqfmt: '', bafmt: '' };
}

/** Anki's legacy card requirements: card N needs any of the fields its front template names. */
function requirements(fields: readonly string[], fronts: readonly string[]): [number, 'any', number[]][] {
  return fronts.map((front, ord) => {
    const used = fields.flatMap((name, index) => (templateNamesField(front, name) ? [index] : []));
    return [ord, 'any', used.length > 0 ? used : [0]];
  });
}

function templateNamesField(template: string, field: string): boolean {
  for (const match of template.matchAll(/\{\{([^}]*)\}\}/g)) {
    const body = (match[1] ?? '').trim().replace(/^[#^/]/, '');
    // "{{text:hint:Field}}": the field is the last part after the filters.
    if (body.split(':').at(-1)?.trim() === field) return true;
  }
  return false;
}

export interface ModelInput {
  id: number;
  name: string;
  type: number;
  fields: readonly string[];
  templates: readonly { name: string; qfmt: string; afmt: string }[];
  css: string;
  mod: number;
  /** The field Anki's browser sorts by; default the first. */
  sortField?: number;
}

/** One col.models entry. Modern Anki ignores `req`; older versions use it when adding notes. */
export function modelJson({ id, name, type, fields, templates, css, mod, sortField = 0 }: ModelInput) {
  return {
    id,
    name,
    type,
    mod,
    usn: -1,
    sortf: sortField,
    did: null,
    tmpls: templates.map((t, ord) => templateJson(t.name, ord, t.qfmt, t.afmt)),
    flds: fields.map(fieldJson),
    css,
    latexPre:
      '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n' +
      '\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
    latexPost: '\\end{document}',
    latexsvg: false,
    // Cloze types derive their cards from the text, not from requirements.
    req:
      type === MODEL_TYPE_CLOZE
        ? []
        : requirements(
            fields,
            templates.map((t) => t.qfmt),
          ),
    tags: [] as string[],
    vers: [] as number[],
  };
}

/** col.models for an export: { "<id>": model } with Basic (Front/Back) and Cloze (Text/Back Extra). */
export function buildModelsJson(modSeconds: number): Record<string, object> {
  const basic = modelJson({
    id: BASIC_MODEL_ID,
    name: 'Basic',
    type: MODEL_TYPE_STANDARD,
    fields: ['Front', 'Back'],
    templates: [{ name: 'Card 1', qfmt: '{{Front}}', afmt: '{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}' }],
    css: CSS,
    mod: modSeconds,
  });
  const cloze = modelJson({
    id: CLOZE_MODEL_ID,
    name: 'Cloze',
    type: MODEL_TYPE_CLOZE,
    fields: ['Text', 'Back Extra'],
    templates: [{ name: 'Cloze', qfmt: '{{cloze:Text}}', afmt: '{{cloze:Text}}<br>\n{{Back Extra}}' }],
    css: CLOZE_CSS,
    mod: modSeconds,
  });
  return { [BASIC_MODEL_ID]: basic, [CLOZE_MODEL_ID]: cloze };
}
