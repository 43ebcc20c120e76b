// The two note types we export, as schema 11 JSON for col.models: "Basic" and "Cloze".

/** Fixed ids so repeated exports reuse the same note types in Anki instead of adding copies. */
export const BASIC_MODEL_ID = 1_735_000_000_001;
export const CLOZE_MODEL_ID = 1_735_000_000_002;

/** Anki's model "type": 0 standard, 1 cloze. */
export const MODEL_TYPE_STANDARD = 0;
export const MODEL_TYPE_CLOZE = 1;

const CSS =
  '.card {\n font-family: arial;\n font-size: 20px;\n text-align: center;\n color: black;\n background-color: white;\n}\n';
const CLOZE_CSS = `${CSS}\n.cloze {\n font-weight: bold;\n color: blue;\n}\n`;

function field(name: string, ord: number) {
  return { name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] as string[] };
}

function template(name: string, ord: number, qfmt: string, afmt: string) {
  return { name, ord, qfmt, afmt, did: null, bqfmt: '', bafmt: '' };
}

function model(id: number, name: string, type: number, fields: string[], tmpl: object, css: string, mod: number) {
  return {
    id,
    name,
    type,
    mod,
    usn: -1,
    sortf: 0,
    did: null,
    tmpls: [tmpl],
    flds: fields.map(field),
    css,
    latexPre:
      '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n' +
      '\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
    latexPost: '\\end{document}',
    latexsvg: false,
    // Card 1 needs field 0 ("Front") to be non-empty; cloze types derive cards from the text.
    req: type === MODEL_TYPE_CLOZE ? [] : [[0, 'any', [0]]],
    tags: [] as string[],
    vers: [] as number[],
  };
}

/** col.models for an export: { "<id>": model } with Basic (Front/Back) and Cloze (Text/Back Extra). */
export function buildModelsJson(modSeconds: number): Record<string, object> {
  const basic = model(
    BASIC_MODEL_ID,
    'Basic',
    MODEL_TYPE_STANDARD,
    ['Front', 'Back'],
    template('Card 1', 0, '{{Front}}', '{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}'),
    CSS,
    modSeconds,
  );
  const cloze = model(
    CLOZE_MODEL_ID,
    'Cloze',
    MODEL_TYPE_CLOZE,
    ['Text', 'Back Extra'],
    template('Cloze', 0, '{{cloze:Text}}', '{{cloze:Text}}<br>\n{{Back Extra}}'),
    CLOZE_CSS,
    modSeconds,
  );
  return { [BASIC_MODEL_ID]: basic, [CLOZE_MODEL_ID]: cloze };
}
