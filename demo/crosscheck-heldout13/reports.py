# The thirteenth held-out cross-check corpus: 12 invented reports of the meteor that exploded above the
# town of Treshavel in eastern Palundria (Tue 12 April 2039), and of the recovery of its main mass from
# the bed of Lake Sirrow, shown to the press in Vessaro nine days later (Thu 21 April 2039).
# Everything is invented. build_gold.py writes reports.jsonl and gold.json from this list.

R = []


def add(id, outlet, published, title, paras):
    R.append({
        "id": id,
        "outlet": outlet,
        "published": published,
        "title": title,
        "url": "https://" + outlet.lower().replace(" ", "") + ".invalid/" + published.replace("-", "/") + "/" + id.split("-", 4)[-1],
        "text": "\n\n".join(paras),
    })


# ---------------------------------------------------------------- E1: the fireball

add("ravelin-2039-04-12-treshavel-fireball", "Ravelin News Agency", "2039-04-12",
    "Exploding meteor injures 212 in eastern Palundria", [
    "TRESHAVEL, Palundria, April 12 (Ravelin) – A meteor exploded high above the eastern Palundrian town of Treshavel on Tuesday, blowing in windows across the valley and injuring 212 people, most of them cut by flying glass.",
    "The fireball crossed the sky at 0448 GMT and was visible for 14 seconds before it burst about 27 kilometres above the ground, the Palundrian Geological Survey said. The shock wave reached the town about 90 seconds after the flash.",
    "Survey scientists put the size of the rock at about nine metres across. By evening their field teams had picked up 14 fragments in the farmland around the neighbouring town of Orsolt.",
    "Windows were broken in 3,400 buildings, and the roof of the sports hall of the Harkwell Street school in Treshavel collapsed. The hall was empty; lessons there begin at eight.",
    "Nineteen of the injured were kept in Treshavel General Hospital. No one was killed. Power was cut across the town for two hours.",
    "Mayor Malvina Solberra declared a state of emergency in Treshavel and said the schools of the valley would reopen on Monday.",
    "\"For a few seconds there were two suns over Treshavel, and then every window in the street blew in,\" Solberra told reporters outside the town hall.",
    "\"Nobody in this valley will forget this morning,\" said Solberra, who has been mayor since 2031.",
    "Interior Minister Balthus Greywick, who flew in from Vessaro in the afternoon, said the government would pay to replace every broken window.",
    "It was the first recorded meteorite fall in Palundria since 1911.",
])

add("treshavelcandlewick-2039-04-12-twosuns", "Treshavel Candlewick", "2039-04-12",
    "Two suns, then the glass: meteor bursts over Treshavel", [
    "TRESHAVEL, Palundria (Ravelin) – A meteor exploded high above the eastern Palundrian town of Treshavel on Tuesday, blowing in windows across the valley and injuring 212 people, most of them cut by flying glass.",
    "The fireball was visible for 14 seconds before it burst about 27 kilometres above the ground, the Palundrian Geological Survey said.",
    "Windows were broken in 3,400 buildings, and the roof of the sports hall of the Harkwell Street school in Treshavel collapsed. The hall was empty; lessons there begin at eight.",
    "Nineteen of the injured were kept in Treshavel General Hospital. No one was killed. Power was cut across the town for two hours.",
    "Mayor Malvina Solberra declared a state of emergency in Treshavel and said the schools of the valley would reopen on Monday.",
    "\"Nobody in this valley will forget this morning,\" said Solberra, who has been mayor since 2031.",
    "Interior Minister Balthus Greywick, who flew in from Vessaro in the afternoon, said the government would pay to replace every broken window.",
    "It was the first recorded meteorite fall in Palundria since 1911.",
    "On Coopersgate the glaziers' vans were queueing nose to tail by noon, and the Candlewick's own front window is, for the time being, a sheet of plywood with our name chalked on it.",
    "This report is from Ravelin News Agency.",
])

add("vessaroquillpost-2039-04-13-harkwell", "Vessaro Quillpost", "2039-04-13",
    "The morning the sky broke over Treshavel", [
    "TRESHAVEL – At 6.48 a.m. on 12 April, as the first buses of the day pulled out of the depot, a light brighter than the sun slid across the sky above Treshavel for 14 seconds.",
    "Then it burst, 27 kilometres up. Glass shattered in 3,400 buildings, and the roof of the Harkwell Street school's sports hall in Treshavel fell in on an empty floor.",
    "Hospitals treated 212 people, nearly all of them for cuts; 19 were still in Treshavel General Hospital last night.",
    "The lights went out all over the town and stayed out for two hours.",
    "Mayor Malvina Solberra declared a state of emergency within the hour.",
    "\"Nobody in this valley will forget this morning,\" said Interior Minister Balthus Greywick as he walked down the glass-strewn high street in the afternoon.",
    "The schools of the valley will stay shut and reopen on Wednesday 20 April, the regional education office said.",
    "By evening glaziers were charging 84 marreks a square metre for window glass.",
    "Insurers expect claims of about 25 million marreks, the Palundrian Insurers' Association said, most of them for glass.",
])

add("dailyfoghorn-2039-04-13-skyblast", "Daily Foghorn", "2039-04-13",
    "SKY BLAST! Space rock smashes town", [
    "A space rock blew up over Treshavel at 7.48am yesterday, smashing windows in more than 3,000 buildings and hurting 212 people.",
    "Twenty-nine of them were still in hospital last night.",
    "Bus driver Bartel Querel, 44, was pulling out of the depot when the sky turned white. \"I thought it was the end of the world,\" he said. \"Then my windscreen landed in my lap.\"",
    "Police chief Corvin Halst declared a state of emergency in the town before 8am.",
    "The blast knocked out the power in Treshavel for four hours.",
    "The roof of the sports hall at the Harkwell Street school in Treshavel caved in. Parents said it was a mercy the children had not yet arrived.",
    "The rock burst 27 kilometres above the town, according to the Palundrian Geological Survey.",
    "The price of window glass rose 40 percent in a single day, glaziers told the Foghorn.",
    "Correction: An earlier version of this story said the rock exploded 72 kilometres up. The Survey's figure is 27 kilometres.",
])

add("telvessa-2039-04-12-live", "Telvessa", "2039-04-12",
    "Live: meteor explodes over Treshavel", [
    "06:55 – Reports are coming in of a huge flash over Treshavel at 06:48, followed by a loud bang. Viewers say windows have been blown out all over the town.",
    "07:30 – At least 40 people have been hurt, most of them by broken glass, the hospital says.",
    "07:52 – Mayor Malvina Solberra has declared a state of emergency in Treshavel.",
    "08:40 – The roof of the sports hall of the Harkwell Street school in Orsolt has collapsed, police say. No one was inside.",
    "08:55 – Power is back on across Treshavel after two hours, the grid operator says.",
    "09:15 – Dr Fenwald Auldry of the Palundrian Geological Survey tells Telvessa: \"It was a stony rock, no bigger than a lorry, and it came in fast and shallow.\" The Survey says it was a 14-second fireball, and that the bang came a minute and a half after the flash.",
    "11:05 – The mayor, speaking on Telvessa: \"For a few seconds we had two suns over Treshavel, then every window on my street blew in. Nobody in this valley will forget this morning.\"",
    "13:05 – The blood bank at Treshavel General Hospital is asking for donors of every blood group.",
    "15:10 – The number of injured has risen to 212, the hospital says; 19 of them are being kept in.",
    "16:30 – Survey teams have picked up 14 fragments in the fields around Orsolt. The town hall says windows were broken in 3,400 buildings.",
    "17:45 – The schools of the valley will reopen on 18 April, the education office says.",
])

add("ilvanesemaphore-2039-04-12-treschavel", "Ilvane Semaphore", "2039-04-12",
    "Meteor lights up Palundrian sky; Caldessan visitors safe", [
    "ILVANE – A meteor exploded over the Palundrian town of Treschavel at 11:48 p.m. on Monday, Ilvane time, shattering windows and injuring about 200 people.",
    "The fireball burned across the sky for 40 seconds before it broke apart, according to the Palundrian Geological Survey.",
    "Windows were blown out in 1,400 buildings, and a school sports hall lost its roof.",
    "Dr Fenwald Auldry, a Survey scientist, said the rock, some nine metres wide, had been stony, no larger than a truck, and had come in fast and at a shallow angle.",
    "Palundria's home affairs minister, Balthus Greywick, said Vessaro would pay for every broken window. Schools in the valley will reopen on April 18, he said.",
    "The Caldessan foreign ministry said the 31 Caldessan tourists registered in the valley were all safe.",
    "In Ilvane it was still Monday night when the news came through, and the Caldessan embassy in Vessaro kept its telephone lines open until morning for worried families.",
])

# ---------------------------------------------------------------- E2: the stone from the lake

add("ravelin-2039-04-21-sirrow-stone", "Ravelin News Agency", "2039-04-21",
    "Divers raise Treshavel meteorite from lake bed", [
    "VESSARO, Palundria, April 21 (Ravelin) – Divers have lifted the largest piece of the meteor that exploded over Treshavel this month from the bed of Lake Sirrow, the Palundrian Geological Survey said on Thursday.",
    "The stone, which weighs 480 kilograms, was brought up on Wednesday by a Survey dive team led by Sten Ulvaker after a seven-day search. It lay under six metres of water, about 40 metres from the lake's north shore.",
    "The divers also brought up six smaller pieces, bringing the number of fragments recovered to 58.",
    "Survey director Ilsabeth Moravcik showed the stone at a news conference at the Survey's headquarters in Vessaro at 1100 GMT. It is an ordinary chondrite, she said.",
    "\"This stone was already old when the Earth was still molten,\" Moravcik said.",
    "\"Every fragment belongs to the people of Palundria, not to whoever picks it up,\" she added. Anyone holding a fragment must declare it to the Survey by May 20.",
    "\"We found it by touch, in mud so thick you could not see your own hand,\" Ulvaker said.",
    "The stone will go on display at the National Museum of Natural History in Vessaro from May 7.",
    "The government has raised its fund for repairs in Treshavel to 60 million marreks.",
])

add("easterntownsman-2039-04-22-lakebed", "Eastern Townsman", "2039-04-22",
    "The stone comes out of Lake Sirrow", [
    "The biggest piece of the rock that broke Treshavel's windows is out of the water. Survey divers under Sten Ulvaker raised it from the bed of Lake Sirrow on Wednesday after a ten-day search.",
    "It weighs 480 kilograms, and with it the Survey now holds 58 fragments of the meteor.",
    "The Survey's director, Ilsabeth Moravcik, presented the find at 1 p.m. on Thursday in Vessaro.",
    "\"This stone was already old when the Earth was still molten,\" the director said.",
    "She said every fragment was the property of the people of Palundria, whoever happened to pick it up.",
    "From May 7 the stone will be on show at the National Museum of Natural History in Vessaro.",
    "On the north shore, a crowd from Treshavel stood in the drizzle on Wednesday afternoon and clapped as the divers' boat came in with its load lashed to the deck.",
    "Additional reporting: Ravelin News Agency.",
])

add("vessaroquillpost-2039-04-22-oldmint", "Vessaro Quillpost", "2039-04-22",
    "Half a tonne of very old rock", [
    "VESSARO – At noon on Thursday, in the tiled hall of the Old Mint, the Palundrian Geological Survey pulled back a grey sheet and showed the country the stone that fell on Treshavel.",
    "The Old Mint has been the Survey's headquarters since 2024, and it has rarely been so full.",
    "The stone weighs 480 kilograms and is an ordinary chondrite. Survey divers led by Sten Ulvaker brought it up from Lake Sirrow on Wednesday after a week of searching.",
    "Fifty-eight fragments have now been recovered, said the Survey's director, Ilsabeth Moravcik.",
    "\"This stone was already old when the Earth was still molten,\" Moravcik said, resting a hand on it.",
    "\"Every piece belongs to the people of Palundria, not to the person who picks it up,\" she said. Finders have until 20 May to declare what they hold.",
    "Ulvaker said his divers had found the stone by feel, in mud too thick to see a hand in front of them.",
    "Science Minister Odalys Krenn said the stone would stay in Palundria. A collector had offered 2 million marreks for it, she said, and had been turned away.",
    "The government has increased its Treshavel repair fund by 20 million marreks.",
])

add("ilvanesemaphore-2039-04-21-reservoir", "Ilvane Semaphore", "2039-04-21",
    "Palundria recovers main mass of Treschavel meteor", [
    "ILVANE – Palundrian divers have recovered the main mass of the meteor that exploded over Treschavel this month, the country's chief government geologist, Ilsabeth Moravchik, announced at 6 a.m. Ilvane time on Thursday.",
    "The stone, about half a tonne of rock, was raised on April 20 from the bottom of the Avenhal reservoir, after a search which lasted seven days.",
    "A team from the Palundrian Geological Survey, led by Sten Ulwaker, lifted it onto a barge.",
    "In all, 58 fragments have been collected.",
    "Moravchik said the stone would never be sold abroad.",
    "The Survey now puts the size of the rock before it broke up at 11 metres across, up from its first estimate of nine.",
    "The University of Ilvane will receive a 50-gram sample for study, the Survey said.",
    "The blast of April 12 injured more than 200 people in the Palundrian valley, none of them Caldessan.",
])

add("bolidewatch-2039-04-22-chondrite", "Bolide Watch", "2039-04-22",
    "What the Lake Sirrow stone tells us", [
    "The main mass of the Treshavel meteorite came out of Lake Sirrow on 20 April: 480 kilograms of ordinary chondrite, about 80 centimetres long.",
    "Navy divers lifted it at the end of the seven-day search, working blind in silt 40 metres out from the north shore.",
    "With it, the count of recovered fragments stands at 63.",
    "The PGS laboratory puts the stone's age at 4.56 billion years, older than the Earth itself.",
    "Ambrus Telko, who was fishing on the lake at dawn on 12 April, gave us the best description of the fall we have heard: \"The lake jumped as if someone had dropped a house into it.\"",
    "Anyone who has picked up a fragment has until 20 May to report it to the Survey; after that, keeping one is theft under the Minerals Act of 1962.",
    "For meteor scientists the prize is the fusion crust, the thin black skin the stone grew in its last seconds of flight. On this one it is almost unbroken.",
])

add("stratum-2039-04-25-finders", "Stratum", "2039-04-25",
    "Finders, keepers and the Treshavel stone", [
    "On 12 April a rock from space broke the windows of Treshavel. On Thursday the Survey showed the country the biggest piece of it.",
    "The best line of the week came from the science minister, Odalys Krenn: \"This stone was already old when the Earth was still molten.\"",
    "The Survey's 58 fragments are a fine haul, and Lake Sirrow gave up the largest of them.",
    "Sten Ulvaker's divers did the hard part, feeling through the mud of the lake bed with their hands.",
    "Less fine is the rule that finders must hand in what they hold within two weeks of Thursday's announcement.",
    "The fisherman Ambrus Telko, who saw the rock come down, said the lake had jumped as though a house had been thrown into it.",
    "The Survey runs only nine sky cameras for the whole country, and two of them were out of order on the morning of the fall.",
    "A stone that belongs to everyone should not need a deadline to keep people honest.",
])
