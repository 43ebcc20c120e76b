// The fixed safety notices shown above an answer, whatever the model says. Shared by main (which
// decides which apply to a question) and the renderer (which shows their text).
import { z } from 'zod';

/**
 * crisis: suicidal thoughts, self-harm → crisis-line notice.
 * harm_to_others: intent to hurt, drug or poison another person → de-escalation and emergency notice.
 * emergency: chest pain, heart attack, stroke signs, severe bleeding… → urgent-care notice.
 * poisoning: overdose, poisoning, ingestion of toxic substances → poison-control notice.
 * animal_exposure: a person bitten, scratched or gored by an animal, bat contact → wound care, rabies/tetanus.
 * others_medicine: a person took, or means to take, medicine meant for someone else or for an animal.
 * eating_disorder: purging, starving, laxatives/diuretics for weight, eating-disorder topics → support notice.
 * dose: questions about doses/dosing → caution to check doses against a reference/pharmacist.
 */
export const safetyNoticeKindSchema = z.enum([
  'crisis',
  'harm_to_others',
  'emergency',
  'poisoning',
  'animal_exposure',
  'others_medicine',
  'eating_disorder',
  'dose',
]);
export type SafetyNoticeKind = z.infer<typeof safetyNoticeKindSchema>;

/**
 * Display order (the enum's own order), the most urgent first: a life at risk now (the asker's, then another person's), then
 * time-critical medical situations (emergency, poisoning), then what needs care the same day (a bite: rabies
 * treatment must start early; someone else's medicine already taken), then support that matters but is rarely
 * a matter of minutes (eating difficulties), and last the study caution about doses.
 */
export const SAFETY_NOTICE_ORDER: readonly SafetyNoticeKind[] = safetyNoticeKindSchema.options;

export const SAFETY_NOTICE_LANGUAGES = ['en', 'es', 'fr', 'de'] as const;
export type SafetyNoticeLanguage = (typeof SAFETY_NOTICE_LANGUAGES)[number];

export interface SafetyNoticeText {
  title: string;
  body: string;
}

// Numbers are only those known to be right for the language's main countries; everything else points to "your
// local emergency number", which is always right.
const EN: Record<SafetyNoticeKind, SafetyNoticeText> = {
  crisis: {
    title: 'You deserve support right now',
    body:
      'If you are thinking about suicide or harming yourself, or someone else is, please contact a crisis line or ' +
      'your local emergency number now. Help lines exist in many countries, e.g. 988 in the US, 116 123 ' +
      '(Samaritans) in the UK and Ireland. You do not have to face this alone.',
  },
  harm_to_others: {
    title: 'If you feel like hurting someone',
    body:
      'This app will not help harm anyone. If you are having thoughts of hurting someone, or worry you might act ' +
      'on them, step away from the situation and talk to someone now: a doctor, a crisis line (988 in the US, ' +
      '116 123 Samaritans in the UK and Ireland) or your local emergency number. If someone may already have ' +
      'been hurt or given something, call the emergency number (e.g. 112 / 911 / 999) or poison control now. If ' +
      'you are the one being hurt, you can call the emergency number or a domestic-abuse helpline.',
  },
  emergency: {
    title: 'Possible emergency',
    body:
      'If this is happening to someone now, call your local emergency number (e.g. 112 / 911 / 999) or go to the ' +
      'nearest emergency department. This app is for education and cannot help in an emergency.',
  },
  poisoning: {
    title: 'Possible poisoning or overdose',
    body:
      'If someone may have taken too much of something or swallowed something harmful, contact poison control ' +
      '(in the US 1-800-222-1222; in the UK call 111, or 999 if they are unwell) or your local emergency number ' +
      'immediately. Do not wait for symptoms to appear.',
  },
  animal_exposure: {
    title: 'After an animal bite or scratch',
    body:
      'Wash a bite or scratch straight away with soap and running water for 15 minutes, then get medical care the ' +
      'same day: it may need antibiotics, a tetanus booster or rabies vaccination, and rabies treatment must ' +
      'start early. After any contact with a bat, seek care even if you see no wound. For a snake bite, bleeding ' +
      'that will not stop or trouble breathing, call your local emergency number (e.g. 112 / 911 / 999) now and ' +
      'keep the person still.',
  },
  others_medicine: {
    title: 'Medicine meant for someone else',
    body:
      'Do not take medicine prescribed for someone else or meant for an animal: the drug and the dose were chosen ' +
      'for them, not for you. If you have already taken some or are unsure, ask a pharmacist or doctor. If a ' +
      "child has swallowed someone's tablets, or anyone feels unwell, contact poison control (US 1-800-222-1222) " +
      'or your local emergency number now.',
  },
  eating_disorder: {
    title: 'Support with eating difficulties',
    body:
      'Making yourself sick, not eating, or using laxatives, diuretics or diet pills to control weight can be ' +
      "dangerous: it upsets the body's salts and can cause heart rhythm problems. You deserve support without " +
      'judgement: talk to a doctor you trust or an eating-disorder charity such as Beat (UK) or ANAD (US). If you ' +
      'feel faint, have chest pain or a racing or irregular heartbeat, call your local emergency number.',
  },
  dose: {
    title: 'Doses are for study only',
    body:
      'Doses here are for study only. Check any dose against a current reference (BNF, product label) or a ' +
      'pharmacist; doses depend on the patient, the indication and kidney/liver function.',
  },
};

const ES: Record<SafetyNoticeKind, SafetyNoticeText> = {
  crisis: {
    title: 'Mereces apoyo ahora mismo',
    body:
      'Si estás pensando en el suicidio o en hacerte daño, o alguien de tu entorno lo está, contacta ahora con ' +
      'una línea de ayuda o con el número de emergencias. En España puedes llamar al 024 (línea de atención a la ' +
      'conducta suicida) o al 112; en otros países, a tu número de emergencias local. No tienes por qué pasar ' +
      'por esto en soledad.',
  },
  harm_to_others: {
    title: 'Si sientes ganas de hacer daño a alguien',
    body:
      'Esta aplicación no ayudará a hacer daño a nadie. Si tienes pensamientos de hacer daño a otra persona o ' +
      'temes llegar a hacerlo, aléjate de la situación y habla ahora con alguien: un médico, una línea de ayuda ' +
      'o el número de emergencias (112). Si alguien ya puede estar herido o haber tomado algo, llama ya al 112 o ' +
      'a información toxicológica. Si eres tú quien sufre violencia, también puedes llamar al 112 (en España, el ' +
      '016 atiende a víctimas de violencia de género).',
  },
  emergency: {
    title: 'Posible urgencia',
    body:
      'Si esto le está pasando ahora a alguien, llama al número de emergencias (112 en la UE, 911 en muchos ' +
      'países de América) o acude al servicio de urgencias más cercano. Esta aplicación es educativa y no puede ' +
      'ayudar en una urgencia.',
  },
  poisoning: {
    title: 'Posible intoxicación o sobredosis',
    body:
      'Si alguien puede haber tomado demasiado de algo o haber tragado algo dañino, llama ya al número de ' +
      'emergencias o a información toxicológica (en España, 112 o el Servicio de Información Toxicológica, ' +
      '91 562 04 20). No esperes a que aparezcan síntomas.',
  },
  animal_exposure: {
    title: 'Tras una mordedura o un arañazo de animal',
    body:
      'Lava la herida enseguida con agua corriente y jabón durante 15 minutos y consulta con un médico ese mismo ' +
      'día: puede necesitar antibiótico, la vacuna del tétanos o la de la rabia, y el tratamiento contra la rabia ' +
      'debe empezar pronto. Tras cualquier contacto con un murciélago, consulta aunque no veas herida. Ante la ' +
      'mordedura de una serpiente, un sangrado que no para o dificultad para respirar, llama ya al número de ' +
      'emergencias (112) y mantén quieta a la persona.',
  },
  others_medicine: {
    title: 'Medicamentos de otra persona',
    body:
      'No tomes medicamentos recetados a otra persona ni destinados a un animal: el fármaco y la dosis se ' +
      'eligieron para ellos, no para ti. Si ya los has tomado o tienes dudas, pregunta a un farmacéutico o a un ' +
      'médico. Si un niño se ha tragado pastillas de otra persona, o alguien se encuentra mal, llama ya a ' +
      'información toxicológica o al número de emergencias (112).',
  },
  eating_disorder: {
    title: 'Apoyo ante las dificultades con la comida',
    body:
      'Provocarse el vómito, dejar de comer o usar laxantes, diuréticos o pastillas para adelgazar para controlar ' +
      'el peso puede ser peligroso: altera las sales del cuerpo y puede causar problemas del ritmo del corazón. ' +
      'Mereces apoyo sin juicios: habla con un médico de confianza o con una asociación de trastornos de la ' +
      'conducta alimentaria. Si te mareas, tienes dolor en el pecho o el corazón late muy rápido o de forma ' +
      'irregular, llama al número de emergencias (112).',
  },
  dose: {
    title: 'Las dosis son solo para estudiar',
    body:
      'Las dosis que aparecen aquí son solo para estudiar. Comprueba cualquier dosis en una fuente actualizada ' +
      '(ficha técnica, prospecto) o con un farmacéutico; dependen del paciente, de la indicación y de la función ' +
      'renal y hepática.',
  },
};

const FR: Record<SafetyNoticeKind, SafetyNoticeText> = {
  crisis: {
    title: 'Vous méritez du soutien dès maintenant',
    body:
      "Si vous pensez au suicide ou à vous faire du mal, ou si quelqu'un autour de vous y pense, contactez dès " +
      "maintenant une ligne d'écoute ou les secours. En France, appelez le 3114 (numéro national de prévention " +
      "du suicide, 24 h/24) ou le 112 ; ailleurs, votre numéro d'urgence local. Vous n'avez pas à traverser cela " +
      'seul.',
  },
  harm_to_others: {
    title: "Si vous avez envie de faire du mal à quelqu'un",
    body:
      "Cette application n'aidera pas à faire du mal à qui que ce soit. Si vous avez des pensées de faire du mal " +
      "à quelqu'un ou craignez de passer à l'acte, éloignez-vous de la situation et parlez-en maintenant à " +
      "quelqu'un : un médecin, une ligne d'écoute ou les secours (112). Si quelqu'un a peut-être déjà été blessé " +
      "ou a avalé quelque chose, appelez tout de suite le 15 ou le 112, ou un centre antipoison. Si c'est vous " +
      'qui subissez des violences, vous pouvez appeler le 17 ou le 3919.',
  },
  emergency: {
    title: 'Urgence possible',
    body:
      "Si cela arrive à quelqu'un maintenant, appelez le numéro d'urgence (15 ou 112 en France, 112 dans toute " +
      "l'UE) ou rendez-vous aux urgences les plus proches. Cette application est éducative et ne peut pas aider " +
      "en cas d'urgence.",
  },
  poisoning: {
    title: 'Intoxication ou surdosage possible',
    body:
      "Si quelqu'un a peut-être pris trop d'un produit ou avalé quelque chose de dangereux, contactez " +
      "immédiatement un centre antipoison ou le numéro d'urgence (15 ou 112 en France). N'attendez pas que des " +
      'symptômes apparaissent.',
  },
  animal_exposure: {
    title: "Après une morsure ou une griffure d'animal",
    body:
      "Lavez la plaie tout de suite à l'eau courante et au savon pendant 15 minutes, puis consultez un médecin le " +
      'jour même : un antibiotique, un rappel antitétanique ou une vaccination contre la rage peuvent être ' +
      'nécessaires, et le traitement contre la rage doit commencer tôt. Après tout contact avec une chauve-souris, ' +
      "consultez même sans plaie visible. En cas de morsure de serpent, de saignement qui ne s'arrête pas ou de " +
      'gêne respiratoire, appelez tout de suite le 15 ou le 112 et gardez la personne immobile.',
  },
  others_medicine: {
    title: "Médicament destiné à quelqu'un d'autre",
    body:
      "Ne prenez pas un médicament prescrit à quelqu'un d'autre ou destiné à un animal : le produit et la dose " +
      'ont été choisis pour eux, pas pour vous. Si vous en avez déjà pris ou en cas de doute, demandez à un ' +
      "pharmacien ou à un médecin. Si un enfant a avalé les comprimés de quelqu'un, ou si quelqu'un se sent mal, " +
      'appelez tout de suite un centre antipoison ou le 15 / 112.',
  },
  eating_disorder: {
    title: 'Du soutien face aux difficultés alimentaires',
    body:
      'Se faire vomir, se priver de nourriture ou prendre des laxatifs, des diurétiques ou des coupe-faim pour ' +
      "contrôler son poids peut être dangereux : cela dérègle les sels de l'organisme et peut provoquer des " +
      'troubles du rythme cardiaque. Vous méritez un soutien sans jugement : parlez-en à un médecin de confiance ' +
      'ou à une association spécialisée dans les troubles du comportement alimentaire. En cas de malaise, de ' +
      'douleur dans la poitrine ou de cœur qui bat très vite ou de façon irrégulière, appelez le 15 ou le 112.',
  },
  dose: {
    title: 'Des doses pour étudier uniquement',
    body:
      'Les doses indiquées ici servent uniquement à étudier. Vérifiez toute dose dans une référence à jour (RCP, ' +
      "notice) ou auprès d'un pharmacien ; elles dépendent du patient, de l'indication et des fonctions rénale et " +
      'hépatique.',
  },
};

const DE: Record<SafetyNoticeKind, SafetyNoticeText> = {
  crisis: {
    title: 'Sie verdienen jetzt Unterstützung',
    body:
      'Wenn Sie daran denken, sich das Leben zu nehmen oder sich selbst zu verletzen, oder jemand in Ihrer Nähe ' +
      'daran denkt, wenden Sie sich bitte jetzt an eine Krisenhotline oder den Notruf. In Deutschland erreichen ' +
      'Sie die TelefonSeelsorge rund um die Uhr kostenlos unter 0800 111 0 111 oder 0800 111 0 222, den Notruf ' +
      'unter 112; in Österreich die Telefonseelsorge unter 142, in der Schweiz die Dargebotene Hand unter 143. ' +
      'Sie müssen das nicht allein durchstehen.',
  },
  harm_to_others: {
    title: 'Wenn Sie jemandem schaden möchten',
    body:
      'Diese App hilft nicht dabei, jemandem zu schaden. Wenn Sie Gedanken haben, jemanden zu verletzen, oder ' +
      'fürchten, danach zu handeln, verlassen Sie die Situation und sprechen Sie jetzt mit jemandem: einer ' +
      'Ärztin oder einem Arzt, der TelefonSeelsorge (0800 111 0 111) oder dem Notruf 112. Wenn jemand schon ' +
      'verletzt sein könnte oder etwas verabreicht bekommen hat, rufen Sie sofort den Notruf 112 oder den ' +
      'Giftnotruf an. Wenn Ihnen selbst Gewalt angetan wird, erreichen Sie die Polizei unter 110 und das ' +
      'Hilfetelefon Gewalt gegen Frauen unter 116 016.',
  },
  emergency: {
    title: 'Möglicher Notfall',
    body:
      'Wenn das gerade jemandem passiert, rufen Sie den Notruf 112 an oder gehen Sie in die nächste ' +
      'Notaufnahme. Diese App dient der Ausbildung und kann in einem Notfall nicht helfen.',
  },
  poisoning: {
    title: 'Mögliche Vergiftung oder Überdosis',
    body:
      'Wenn jemand zu viel von etwas eingenommen oder etwas Schädliches verschluckt haben könnte, wenden Sie ' +
      'sich sofort an den Giftnotruf Ihrer Region oder den Notruf 112. Warten Sie nicht, bis Beschwerden ' +
      'auftreten.',
  },
  animal_exposure: {
    title: 'Nach einem Tierbiss oder Kratzer',
    body:
      'Waschen Sie die Wunde sofort 15 Minuten lang unter fließendem Wasser mit Seife und lassen Sie sie noch am ' +
      'selben Tag ärztlich ansehen: Oft sind ein Antibiotikum, eine Tetanus-Auffrischung oder eine ' +
      'Tollwutimpfung nötig, und die Tollwutbehandlung muss früh beginnen. Nach jedem Kontakt mit einer ' +
      'Fledermaus ärztlichen Rat einholen, auch ohne sichtbare Wunde. Bei einem Schlangenbiss, einer Blutung, ' +
      'die nicht aufhört, oder Atemnot sofort den Notruf 112 wählen und die Person ruhig halten.',
  },
  others_medicine: {
    title: 'Medikamente für jemand anderen',
    body:
      'Nehmen Sie keine Medikamente, die für eine andere Person verschrieben oder für ein Tier bestimmt sind: ' +
      'Wirkstoff und Dosis wurden für sie gewählt, nicht für Sie. Wenn Sie schon etwas genommen haben oder ' +
      'unsicher sind, fragen Sie in der Apotheke oder ärztlich nach. Hat ein Kind Tabletten einer anderen Person ' +
      'geschluckt oder geht es jemandem schlecht, rufen Sie sofort den Giftnotruf oder den Notruf 112 an.',
  },
  eating_disorder: {
    title: 'Unterstützung bei Schwierigkeiten mit dem Essen',
    body:
      'Sich zum Erbrechen zu bringen, zu hungern oder Abführmittel, Entwässerungstabletten oder Appetitzügler ' +
      'zur Gewichtskontrolle zu nehmen, kann gefährlich sein: Es bringt den Salzhaushalt des Körpers ' +
      'durcheinander und kann Herzrhythmusstörungen auslösen. Sie verdienen Unterstützung ohne Urteil: Sprechen ' +
      'Sie mit einer Ärztin oder einem Arzt Ihres Vertrauens oder einer Beratungsstelle für Essstörungen. Bei ' +
      'Schwindel, Brustschmerzen oder sehr schnellem oder unregelmäßigem Herzschlag rufen Sie den Notruf 112.',
  },
  dose: {
    title: 'Dosierungen nur zum Lernen',
    body:
      'Die Dosierungen hier dienen nur dem Lernen. Prüfen Sie jede Dosis anhand einer aktuellen Quelle ' +
      '(Fachinformation, Beipackzettel) oder in der Apotheke; sie hängt von Patient, Indikation sowie Nieren- und ' +
      'Leberfunktion ab.',
  },
};

const freeze = (texts: Record<SafetyNoticeKind, SafetyNoticeText>) =>
  Object.freeze(
    Object.fromEntries(Object.entries(texts).map(([kind, text]) => [kind, Object.freeze({ ...text })])),
  ) as Readonly<Record<SafetyNoticeKind, Readonly<SafetyNoticeText>>>;

/** The fixed notice texts in every language the detector reads, shown whatever the model says. */
export const SAFETY_NOTICE_TEXTS: Readonly<
  Record<SafetyNoticeLanguage, Readonly<Record<SafetyNoticeKind, Readonly<SafetyNoticeText>>>>
> = Object.freeze({ en: freeze(EN), es: freeze(ES), fr: freeze(FR), de: freeze(DE) });

/** The English texts, like the UI. */
export const SAFETY_NOTICE_TEXT = SAFETY_NOTICE_TEXTS.en;
