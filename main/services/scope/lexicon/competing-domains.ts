// Fields that borrow medicine's words ("a virus on my laptop", "the market is in a coma", "fever pitch",
// "un investisseur patient", "Speicherleck"), each with folded cue words in English, Spanish, French and German
// (a hyphen joins the words of a phrase), and the medical-looking words those fields use as figures of speech.
// Cues are words that name the field itself: none of them is common in a question about a person's health.

export interface CompetingDomain {
  /** Shown in the reason: "‘coma’ here is about money and business (stock)". */
  name: string;
  cues: string;
  /**
   * Fields close to health (sport, food, weather, law, politics, war, plants): a medical word there is often
   * still medical ("heart rate during a marathon", "heat stroke in a heatwave"), so only figures of speech
   * yield to them, never a plain medical term.
   */
  nearHealth?: boolean;
}

export const COMPETING_DOMAINS: readonly CompetingDomain[] = [
  {
    name: 'computers and software',
    cues: `computer computers laptop laptops pc desktop software hardware app apps
      programming programmer code coding compiler debugger debug debugging repo repository github git
      server servers backend frontend database databases sql api apis javascript typescript python java
      rust golang nodejs node-js docker kubernetes cloud aws azure google
      microsoft windows linux macos mac ubuntu android iphone ios browser chrome firefox website websites
      wordpress plugin plugins script scripts malware antivirus ransomware spyware trojan firewall cybersecurity
      hacker hackers phishing password passwords login excel spreadsheet spreadsheets powerpoint keyboard
      cpu gpu ram ssd hdd hard-drive usb firmware device-driver operating-system
      kernel cache memory-usage bucket buckets distributed-systems microservice microservices network-protocol
      machine-learning neural-network chatbot llm json xml html css regex unicode
       syntax stack-trace
      ordenador computadora portatil programa programacion codigo servidor base-de-datos navegador contrasena
      aplicacion ordinateur logiciel programmation serveur navigateur mot-de-passe pare-feu base-de-donnees
      rechner computer programm programmierung quellcode datenbank browser passwort speicher festplatte
      open-source bug-report bug-reports issue-tracker pull-request processor processors procesador processeur prozessor genetic-algorithm genetic-algorithms fitness-function carte-graphique tarjeta-grafica grafikkarte graphics-card arbeitsspeicher speicherleck absturz treiber app-store`,
  },
  {
    name: 'networks and phones',
    cues: `network networks networking router routers wifi wi-fi ethernet lan vlan subnet dns dhcp ip-address tcp
      udp packet packets bandwidth modem cell-tower phone-mast antenna reception 4g 5g
      lte broadband smartphone smartphones phone phones iphone samsung sim sim-card roaming hotspot bluetooth
      red-wifi movil telefono antena cobertura senal reseau routeur telephone portable antenne antenne-relais
      netz netzwerk handy mobilfunk mobilfunkmast funkmast funkloch empfang`,
  },
  {
    name: 'money and business',
    cues: `stock stocks shares shareholder shareholders market markets bull-market bear-market investor
      investors investing investment investments portfolio trader traders trading dividend dividends
      fund funds etf crypto bitcoin ethereum currency currencies exchange-rate forex inflation recession gdp
      economy economic economics bank banks banking loan loans mortgage interest-rate credit debt revenue revenues
      profit profits loss-making earnings valuation ipo startup startups company companies corporation
      business businesses ceo cfo shareholders merger acquisition layoffs payroll salary salaries wage wages
      employee employees employer recruiter hiring manager managers coworker coworkers workplace
      accounting accountant invoice invoices tax taxes budget budgets cash cashflow cash-flow sales marketing
      customer customers consultant consultants turnaround retail supply-chain
      bolsa acciones accion inversor inversores mercado empresa empresas economia banco hipoteca
      impuestos presupuesto ventas dinero bourse investisseur investisseurs entreprise
      entreprises economie banque impots budget argent ventes borse aktie aktien anleger investor investoren markt
      unternehmen firma wirtschaft bank steuern geld umsatz`,
  },
  {
    name: 'cars and machines',
    cues: `car cars engine engines diesel petrol gasoline truck trucks vehicle vehicles brake brakes
      tyre tyres tire tires gearbox clutch exhaust spark-plug misfire alternator radiator coolant
      mechanic mechanics garage boiler compressor
      hydraulic hydraulics turbine dishwasher washing-machine fridge appliance aircraft airplane
      plane fuselage welding weld
      coche coches motor frenos camion voiture voitures moteur freins auto autos
      bremsen getriebe lkw flugzeug heizung oldtimer`,
  },
  {
    name: 'electronics and sound',
    cues: `battery batteries lithium lithium-ion charger charging volt volts voltage capacitor
      resistor transistor pcb solder soldering arduino raspberry-pi amplifier subwoofer
      receiver stereo hifi hi-fi headphones microphone mixer audio sound-system tv-set television projector
      camera cameras autofocus drone drones controller controllers thermostat bateria cargador altavoz camara controlador batterie chargeur enceinte appareil-photo
       akku batterie ladegerat lautsprecher kamera regler steuerung`,
  },
  {
    name: 'songs, films and games',
    cues: `song songs album albums lyrics singer rapper music musician guitar piano drummer concert playlist
      spotify rock-band punk-band movie movies film films cinema director actor actress episode episodes
      series sitcom netflix poem poetry comic comics
      critic critics theatre theater game games gaming gamer video-game videogame console xbox
      playstation nintendo minecraft fortnite strategy-game rpg
      cancion canciones musica pelicula peliculas serie juego juegos videojuego
      chanson chansons musique film films serie jeu jeux jeu-video
      lied lieder musik film filme serie spiel spiele videospiel strategiespiel`,
  },
  {
    name: 'art and crafts',
    cues: `drawing drawings painting paintings sketch sketching illustration illustrator watercolor watercolour
      canvas photoshop procreate anime manga cartoon animation shading sculpture pottery ceramics knitting crochet
      sewing embroidery quilt quilting leather leatherwork leathercraft woodwork woodworking
      dibujo pintura acuarela ganchillo costura dessin peinture aquarelle tricot couture zeichnen zeichnung malerei
      aquarell stricken nahen`,
  },
  {
    name: 'cooking',
    nearHealth: true,
    cues: `recipe recipes cook cooking bake baking baker bread sourdough starter dough yeast oven skillet pan
      sauce soup cake pastry roast grill grilling marinade ferment fermenting kitchen chef
      receta recetas cocinar hornear masa horno recette recettes cuisine cuisiner patisserie rezept
      rezepte kochen backen teig ofen`,
  },
  {
    name: 'plants and gardening',
    nearHealth: true,
    cues: `plant plants garden gardening gardener tree trees shrub hedge rose roses rosebush tomato tomatoes
      lemon-tree orchard leaf leaves seedling seedlings soil compost fertiliser fertilizer lawn crop crops
      houseplant houseplants orchid cactus graft grafting rootstock pruning prune blight mildew aphids
      planta plantas jardin arbol arboles hoja hojas limonero cultivo plante plantes jardin arbre arbres feuille
      feuilles rosier potager pflanze pflanzen garten baum baume blatt blatter rasen tomatenpflanze tomatenpflanzen`,
  },
  {
    name: 'sport',
    nearHealth: true,
    cues: `football soccer rugby cricket baseball basketball hockey tennis golf swimming swimmer triathlon
      cycling cyclist cyclists marathon boxing boxer wrestling chess league tournament player players commentary commentator referee stadium fantasy-football
      futbol partido liga equipo jugador natacion ciclismo ligue equipe joueur natation cyclisme
      fussball spiel mannschaft spieler schwimmen radfahren`,
  },
  {
    name: 'weather and the sky',
    nearHealth: true,
    cues: `weather forecast rain hurricane tornado cyclone climate eclipse moon lunar solar-eclipse
      telescope planet planets astronomy tide tides
      tiempo lluvia tormenta clima luna eclipse meteo pluie tempete climat lune wetter regen sturm klima mond`,
  },
  {
    name: 'the military and spies',
    nearHealth: true,
    cues: `military army navy air-force soldier soldiers troops battle battles war wars invasion
      codename spy spies espionage intelligence-agency cia mi5 mi6 kgb nsa tank tanks missile missiles
      ejercito guerra batalla espia armee guerre bataille espion militar militaire militarische armee krieg
      schlacht spion`,
  },
];

/**
 * Medical-looking words that these fields use as figures of speech ("the startup is on life support", "a
 * virus scanner", "anaemic growth", "metal fatigue", "eine Operation planen"): in a question naming such a
 * field, with no person's health in it, they count for nothing.
 */
export const FIGURATIVE_WORDS = `
virus viruses viral infection infected infect contagious epidemic pandemic outbreak quarantine immune immunity
vaccine vaccinate inoculate antidote dose doses overdose overdosed pill pills prescription remedy cure cured heal
healing sick sickness diseased symptom symptoms diagnose diagnosis diagnostic diagnostics prognosis treatment treat
therapy surgery surgical surgeon operation operate operating transplant graft transfusion injection inject injected
coma comatose flatline flatlined life-support resuscitate resuscitation cpr heartbeat heartbeats heart hearts
heart-rate pulse pulses vital vitals vital-signs vital-capacity checkup check-up bleeding bleed bled haemorrhage
hemorrhage haemorrhaging hemorrhaging wound wounds amputate amputation autopsy post-mortem postmortem triage fever
feverish chronic terminal anaemic anemic schizophrenic bipolar paranoid hysteria hysterical manic recovery relapse
cardiac-arrest heart-attack anatomy skeleton spine backbone nerve nerves dna cell cells gene genes genetic mutation detox
paralysis paralysed paralyzed seize seized seizing suture sutures stitch stitches clot clots amnesia memory-leak leak leaks sterile clinical
infeccion infectado contagio vacuna dosis sobredosis pastilla remedio cura curar enfermo sintoma sintomas
diagnostico tratamiento terapia cirugia operacion trasplante inyeccion coma corazon latido pulso hemorragia herida fiebre
cronico anemico recuperacion recaida anatomia esqueleto celula celulas fuga
infecte vaccin dose surdose pilule remede guerir malade symptome symptomes diagnostic traitement therapie chirurgie
greffe injection coma coeur battement pouls hemorragie blessure fievre chronique anemique convalescence rechute anatomie
squelette cellule cellules fuite
infektion infiziert impfung impfstoff dosis uberdosis pille heilmittel heilen krank symptom symptome diagnose
behandlung therapie chirurgie operation transplantation injektion koma herz herzen herzschlag puls blutung wunde fieber
chronisch erholung ruckfall kinderkrankheiten anatomie skelett zelle zellen leck speicherleck
`;

/**
 * People and care words that keep a medical reading whatever field is named ("my son's app for his asthma",
 * "a nurse's salary" is still not: "nurse" is a role, but "patient" and relatives are people being cared for).
 */
export const CARE_WORDS = `
patient patients baby babies toddler infant newborn child children kid kids son daughter wife husband mother
father mom mum dad pregnant pregnancy elderly
paciente pacientes bebe nino nina hijo hija embarazada embarazo
bebe enfant enfants fils fille enceinte grossesse
patientin kind kinder baby sohn tochter schwanger schwangerschaft
`;
