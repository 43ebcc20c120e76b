// The other JSON columns of Anki's col row: decks, dconf (deck options) and conf.

/** Anki's built-in "Default" deck id; every collection has it. */
export const DEFAULT_DECK_ID = 1;

/** One schema 11 deck entry for col.decks. */
export function deckJson(id: number, name: string, modSeconds: number): object {
  return {
    id,
    name,
    mod: modSeconds,
    usn: -1,
    lrnToday: [0, 0],
    revToday: [0, 0],
    newToday: [0, 0],
    timeToday: [0, 0],
    collapsed: false,
    browserCollapsed: false,
    desc: '',
    dyn: 0,
    conf: 1,
    extendNew: 0,
    extendRev: 0,
  };
}

/** col.dconf: Anki's default options group (id 1), which every exported deck points at. */
export function buildDconfJson(modSeconds: number): object {
  return {
    1: {
      id: 1,
      name: 'Default',
      mod: modSeconds,
      usn: -1,
      maxTaken: 60,
      autoplay: true,
      timer: 0,
      replayq: true,
      dyn: false,
      new: { bury: false, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 0], order: 1, perDay: 20 },
      lapse: { delays: [10], leechAction: 1, leechFails: 8, minInt: 1, mult: 0 },
      rev: { bury: false, ease4: 1.3, ivlFct: 1, maxIvl: 36500, perDay: 200, hardFactor: 1.2 },
    },
  };
}

/** col.conf: collection-wide settings Anki expects to find. */
export function buildConfJson(curModelId: number, nextPos: number): object {
  return {
    activeDecks: [DEFAULT_DECK_ID],
    curDeck: DEFAULT_DECK_ID,
    newSpread: 0,
    collapseTime: 1200,
    timeLim: 0,
    estTimes: true,
    dueCounts: true,
    curModel: String(curModelId),
    nextPos,
    sortType: 'noteFld',
    sortBackwards: false,
    addToCur: true,
    dayLearnFirst: false,
    schedVer: 2,
  };
}
