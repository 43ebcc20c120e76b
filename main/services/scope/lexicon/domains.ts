// Fields whose jargon reuses medical abbreviations (ACL in networking, AST in compilers, PE in finance, ER in
// databases and television, MI6 in espionage), each with the folded words that reveal it (a hyphen joins the
// words of a phrase). A medical abbreviation in a question that names one of these fields, and has no other
// medical word, is that field's abbreviation.

export interface Domain {
  /** Shown in the reason: "‘ACL’ here is networking jargon (router, cisco)". */
  name: string;
  cues: string;
}

export const ABBREVIATION_DOMAINS: readonly Domain[] = [
  {
    name: 'networking',
    cues: `network networks networking router routers routeur cisco ip tcp udp lan vlan subnet dns dhcp ethernet
      netzwerk reseau packet packets firewall pare-feu cortafuegos interface port ports ssh spoofing mac-address gateway wifi bandwidth switchport
      nas ordner folder folders permissions share-permissions`,
  },
  {
    name: 'databases and programming',
    cues: `database databases datenbank sql mysql postgres schema diagram diagramm diagramme erd code coding compiler compilers programming
      programmer programmers python java javascript typescript golang html css attribute img tag library framework
      api git github regex variable locale unicode parser syntax spark hadoop fpga verilog vhdl eclipse ide
      sdk json xml linux windows macos android ios kernel docker kubernetes aws nodejs node-js google-cloud bucket buckets repository software hardware
      encryption cryptography cipher aes rsa hash checksum file files filesystem storage gb mb kb bytes gigabytes hard-drive ms-paint ms-teams microsoft-teams
      terabyte terabytes megabytes disk ssd hdd cpu gpu ram app apps recommender recommenders factorization
      version-control svn commit logiciel datei gate gates logic boolean xor nand truth-table bitwise excel
      spreadsheet sheets powerpoint outlook microsoft sd sd-card memory-card adapter slot usb microservice
      microservices diagrama base-de-datos datos programmation programacion algorithm algorithms plugin plugins
      elasticsearch ms-dos
      tib gib tb-drive drive drives pdf docx markdown wiki fichier fichiers cvs-repo repo repos`,
  },
  {
    name: 'money and business',
    cues: `stock stocks share shares shareholder shareholders market markets investor investors investing earnings
      valuation dividend portfolio trading trader options put-call etf nifty nasdaq dow bitcoin crypto exchange-rate
      currency currencies usd eur gbp dollar dollars euro euros franc francs bank banking loan mortgage tax taxes
      salary payslip payroll wage invoice accounting startup revenue profit drilling petroleum npo nonprofit
      non-profit charity ngo register registered registration hotel bolsa accion acciones bourse aktie aktien
      pe-ratio price-to-earnings okr okrs kpi kpis ticker nyse ftse tesla nvidia amazon alphabet netflix
      efiling e-filing tax-return tax-returns swiss zurich geneva company companies corporation utilities sector industry oil-spill oil-company
      refinery petrol holiday-pay sick-pay mercado financiero
      subscription subscriptions saas churn mrr arr`,
  },
  {
    name: 'cars',
    cues: `car cars sedan suv hatchback minivan pickup-truck mpg horsepower dealership chrysler ford toyota honda bmw
      audi volkswagen peugeot renault citroen fiat cruiser pt-cruiser coche voiture`,
  },
  {
    name: 'time zones',
    cues: `timezone time-zone utc gmt cest daylight-saving pst cst edt pdt atlantic-time eastern-time pacific-time central-time mountain-time standard-time`,
  },
  {
    name: 'sport',
    cues: `football soccer nba nfl nhl mlb basketball baseball cricket rugby hockey tennis golf f1 league stats
      box-score wickets overs innings odi estadisticas partido`,
  },
  {
    name: 'games',
    cues: `game games gaming gamer video-game pokemon elden-ring counter-strike minecraft fortnite xbox playstation
      nintendo console rpg mmo dnd d-d dungeons-and-dragons dungeons tabletop juego juegos jeu jeux spiel spiele
      chess`,
  },
  {
    name: 'film, television and music',
    cues: `tv series episode episodes actor actress played movie movies film films netflix hbo sitcom
      song songs songwriter songwriters album singer band lyrics playlist music musician royalties concert spotify
      serie pelicula cancion tolkien hobbit lord-of-the-rings star-wars harry-potter marvel anime manga
      dj mix remix rekordbox ableton fl-studio tempo morceau musique`,
  },
  {
    name: 'spy agencies',
    cues: `mi5 mi6 cia fbi kgb nsa spy spies espionage intelligence-agency secret-service`,
  },
  {
    name: 'universities and work',
    cues: `college university dorm campus masters bachelor phd mba salary career job jobs employer employee
      office manager boss resume hiring recruiter universidad universite diplome universitaire licence employment
      contract contracts homework primary-school
      school schools teacher teachers classroom pupils dodgeball a-levels a-level gcse gcses highers`,
  },
  {
    name: 'cameras, electronics and control',
    cues: `camera cameras lens lenses photography dslr mirrorless autofocus shutter aperture controller controllers
      drone robot circuit pcb voltage amplifier thermostat oven gains tuning arduino 4k inch pixels display
      regulateur four kamera objektiv pid-loop feedback-loop sous-vide cooker controlador regler heizung robotica robotique receiver
      stereo hifi hi-fi subwoofer denon sony canon nikon fujifilm lumix olympus
      solar solar-panel solar-panels photovoltaic inverter mppt power-point`,
  },
  {
    name: 'building and planning',
    cues: `renovation renovations permit permits planning-permission building-permit council contractor extension
      loft-conversion obra reforma permis-de-construire baugenehmigung`,
  },
  {
    name: 'astronomy',
    cues: `telescope telescopes astronomy astronomer star stars planet planets constellation declination right-ascension
      goto-mount equatorial-mount telescopio teleskop`,
  },
  {
    name: 'numbers and government papers',
    cues: `roman-numerals roman-numeral numeral numerals birth-certificate passport visa statistics-authority
      government-agency`,
  },
  {
    name: 'politics',
    cues: `electoral election elections vote votes voting senator senators governor congress parliament
      congressman`,
  },
  {
    name: 'ships and navies',
    cues: `navy naval ship ships warship boat boats torpedo submarine fleet wwii ww2 schiff schiffe schiffsnamen schiffsname kreuzfahrtschiff cruise-ship`,
  },
  {
    name: 'broadcasting and campaigns',
    cues: `radio campaign announcement advert advertisement poster commercial broadcast podcast`,
  },
  {
    name: 'social media',
    cues: `reddit twitter instagram tiktok youtube facebook slang texting`,
  },
];
