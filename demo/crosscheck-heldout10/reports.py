# The tenth held-out cross-check corpus: 12 invented reports of the loss of a Serac-4 rocket carrying
# six Kalinet satellites, whose second stage failed 148 seconds after lift-off from Marrowick Spaceport in Mirenhal
# (Tue 8 March 2033), and of the second Serac-4 launch ten days later (Fri 18 March 2033).
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


# ---------------------------------------------------------------- E1: the failed launch

add("tpa-2033-03-08-marrowick-failure", "Tidemark Press Agency", "2033-03-08",
    "Serac-4 rocket destroyed after launch, six Kalinet satellites lost", [
    "MARROWICK SPACEPORT, Mirenhal, March 8 (TPA) – A Serac-4 rocket carrying six broadband satellites for the Soranthi operator Kalinet was destroyed over the sea on Tuesday after its second stage failed 148 seconds into the flight, officials said.",
    "The 54-metre rocket, built and flown by Straloch Launch Systems, left Pad 2 at Marrowick Spaceport at 0240 GMT. The engine cut out at an altitude of 61 kilometres and the vehicle began to tumble.",
    "Major Oswin Harlock, the spaceport's range safety officer, sent the destruct command seconds later to keep the wreckage away from the coast.",
    "Debris rained down over a 90-kilometre stretch of sea south of the fishing town of Ostrebay. Police evacuated 1,240 residents of the shoreline villages of Hessary and Caddow before dawn. The coast guard ordered 85 fishing boats to stay clear of the zone, where fishing is banned for five days.",
    "By Tuesday evening 14 pieces of wreckage had been pulled from the water.",
    "\"We lost a rocket this morning, not our nerve,\" Ilsabet Raskovar, director general of the Mirenhali Space Agency, told reporters at the spaceport. The agency has opened an inquiry into the failure.",
    "\"Every piece of telemetry we have points to the second stage,\" said Maëlis Ortegård, a spokeswoman for Straloch.",
    "The launch, first set for March 3, had been held back by high winds. The satellites were insured with Greyfen Assurance, which said it would pay Kalinet 210 million veskas.",
    "It was the first failure in 19 flights of the Serac family. Straloch shares fell 14 percent on the Oskvara exchange.",
])

add("ostrebayanchor-2033-03-08-debris", "Ostrebay Anchor", "2033-03-08",
    "Rocket breaks up over the bay, villages cleared before dawn", [
    "MARROWICK SPACEPORT, Mirenhal (TPA) – A Serac-4 rocket carrying six broadband satellites for the Soranthi operator Kalinet was destroyed over the sea on Tuesday after its second stage failed 148 seconds into the flight, officials said.",
    "The engine cut out at an altitude of 61 kilometres and the vehicle began to tumble. The spaceport's range safety officer sent the destruct command seconds later to keep the wreckage away from the coast.",
    "Debris rained down over a 90-kilometre stretch of sea south of the fishing town of Ostrebay. Police evacuated 1,240 residents of the shoreline villages of Hessary and Caddow before dawn. The coast guard ordered 85 fishing boats to stay clear of the zone, where fishing is banned for five days.",
    "\"We lost a rocket this morning, not our nerve,\" Ilsabet Raskovar, director general of the Mirenhali Space Agency, told reporters at the spaceport.",
    "The launch, first set for March 3, had been held back by high winds. The satellites were insured with Greyfen Assurance, which said it would pay Kalinet 210 million veskas.",
    "It was the first failure in 19 flights of the Serac family.",
    "On the quay the boats stayed tied up all afternoon, and the evacuees were given breakfast at the Municipal Arena, the town's sports hall. The fishermen's cooperative asked the agency to pay for every day lost at sea. Its secretary, Wendel Apsley, said the cooperative had never been told that the launch corridor crossed its members' grounds.",
    "Supplied by Tidemark Press Agency.",
])

add("oskvaravedette-2033-03-09-cartwheel", "Oskvara Vedette", "2033-03-09",
    "Two minutes and 28 seconds: how the Serac-4 was lost", [
    "OSTREBAY – The sky over the bay was still dark when the Serac-4 left its pad at 4:40 a.m. on Tuesday. Two minutes and 28 seconds into the flight, the second stage faltered 61 kilometres above the sea, and the rocket that was meant to carry Kalinet's satellites to orbit began to cartwheel.",
    "It was Straloch's launch director, Jorvan Karsk, who gave the order to blow it up from the control room, the company said.",
    "The launch had originally been scheduled for 5 March and was pushed back when the wind rose.",
    "Ilsabet Raskovar, who has run the Mirenhali space agency for six years, did not hide her anger. \"We lost a rocket this morning, not our nerve,\" she said at a briefing in the spaceport's press hall. She said the cause would be found within days.",
    "All 1,240 people moved out of Hessary and Caddow spent Tuesday night on camp beds in the Ostrebay Municipal Arena. The coast guard radioed 120 fishing boats to keep out of a zone 20 kilometres wide, and the five-day fishing ban will cost the town dearly.",
    "By Wednesday afternoon divers had recovered 37 pieces of debris from the sea south of Ostrebay, the largest a section of fairing as long as a bus.",
    "Oskvara will compensate every fisherman who loses work because of the ban, the transport minister said.",
    "Straloch's shares closed at 31.20 veskas, their lowest in three years. A primary school in Hessary will stay shut until Friday while police comb the beach for fragments.",
])

add("quenmarramirror-2033-03-09-kalinet", "Quenmarra Mirror", "2033-03-09",
    "Kalinet loses its satellites in Mirenhali launch failure", [
    "QUENMARRA – Eight Kalinet satellites, built over three years at the company's plant outside Quenmarra, were lost on 8 March when the Mirenhali rocket carrying them broke up over the sea.",
    "The Serac-4 lifted off from the Marovik spaceport at 10:40 a.m. Soranthi time. Its wreckage came down in the water off the Mirenhali fishing town of Ostrebay.",
    "\"We lost a rocket this morning, not our nerve,\" Straloch's spokeswoman, Maelis Ortegard, told the Mirror by telephone from the spaceport.",
    "Rin Talvaso, Kalinet's chief executive, said he expected the cause to be found within days. \"Kalinet will fly with Straloch again, and soon,\" he said.",
    "The satellites were insured. Greyfen Assurance will pay out 210 million veskas, Kalinet said, about a third of what the company has spent on its network so far.",
    "Kalinet had planned to begin service to Soranth's southern islands in July. That now looks likely to slip into next year, and the islands' councils, which had already bought receiving dishes for their schools, said they were disappointed.",
    "Staff at the Quenmarra headquarters who had gathered in the lobby to watch the launch went back to their desks in silence.",
    "Trading in Kalinet's shares was suspended on the Quenmarra exchange for the rest of the day. Analysts said the company's plan to have its network complete by the end of next year was now in doubt.",
])

add("radiocaddow-2033-03-08-sirens", "Radio Caddow", "2033-03-08",
    "Boom over the water, buses at dawn", [
    "The Serac-4 went up at twenty to six this morning. Moments later, people in Caddow heard a long, low boom roll in over the water.",
    "The trouble started some 60 kilometres up, when the second stage gave out 148 seconds after lift-off, according to the space agency.",
    "It was the range safety officer, Major Oswin Harlock, who pressed the button that blew the rocket apart. Six satellites went down with it.",
    "About 1,200 people from Hessary and Caddow were woken by police before dawn and taken away by bus. Most of them spent the morning in the sports hall in Ostrebay, where volunteers handed out blankets and soup.",
    "Eighty-five boats from the Ostrebay fleet have been told to keep well away from the debris in the water south of the town. The harbourmaster says nobody will fish there for a fortnight.",
    "The Mirenhali government has promised to make good the fishermen's losses.",
    "The Caddow lifeboat crew brought in the first piece of wreckage, a scorched panel the size of a door.",
    "Police say residents will be told when they can go home once the beach has been checked. Anyone who finds a fragment is asked not to touch it and to call the coast guard.",
])

add("apogee-2033-03-09-secondstage", "Apogee", "2033-03-09",
    "Serac-4 loss: what the data show so far", [
    "Straloch's winning streak ended on March 8, when a Serac-4 carrying six Kalinet broadband satellites was lost.",
    "According to data shared with the MSA, the second stage shut down three minutes and four seconds into the flight, and the rocket was destroyed by command shortly afterwards. The destruct command came from Major Oswin Harlock, the range safety officer.",
    "Most of the wreckage came down off the Trell Islands, some 200 kilometres east of the spaceport, rather than near the coast.",
    "The coast guard kept 85 fishing boats out of the danger area on Tuesday. The flight had slipped from 3 March because of high winds at the launch site.",
    "At more than 50 metres tall, the Serac-4 is the largest rocket Mirenhal has built.",
    "\"All the telemetry we have is pointing at the second stage,\" Straloch spokeswoman Maëlis Ortegård said on Tuesday.",
    "Kalinet's chief executive, Ryn Talwaso, said the company would fly with Straloch again before long.",
    "The engine in question had flown eleven times without a fault. Straloch has three more Serac-4 rockets in its hangar at Marrowick, and the agency will not let any of them fly until the inquiry is satisfied.",
    "Insurers will be watching closely: launch premiums were already high before Tuesday, and one more loss this year could push smaller operators away from Mirenhal altogether.",
])

# ---------------------------------------------------------------- E2: the second launch

add("tpa-2033-03-18-serac-retry", "Tidemark Press Agency", "2033-03-18",
    "Second Serac-4 puts six Kalinet satellites into orbit", [
    "MARROWICK SPACEPORT, Mirenhal, March 18 (TPA) – Straloch Launch Systems put six Kalinet satellites into orbit on Friday with a second Serac-4 rocket, ten days after the first one was blown apart over the sea off Ostrebay.",
    "The rocket lifted off from Pad 2 at 1915 GMT (21:15 in Oskvara, 03:15 on Saturday in Quenmarra). The countdown was held for 40 minutes after a fishing boat drifted into the exclusion zone.",
    "An inquiry board chaired by Professor Caspar Quarrie of Oskvara Polytechnic found on Monday that a fuel valve in the second stage had stuck shut. Its final report is due by April 29.",
    "\"Ten days ago we picked up the pieces; tonight we picked up the signal,\" Straloch spokeswoman Maëlis Ortegård said at the Tarnhill Control Centre.",
    "\"This is what a second chance looks like,\" said Ilsabet Raskovar, director general of the Mirenhali Space Agency.",
    "Quarrie said a valve no bigger than a thumb had cost Kalinet six satellites.",
    "Only 300 residents of Hessary were asked to leave their homes this time. Straloch said it had fitted a redesigned valve to all three Serac-4 rockets it had in stock.",
    "Launch insurance premiums have climbed to 11 percent of a satellite's value since the failure, brokers in Oskvara said.",
])

add("oskvaracitizen-2033-03-19-climb", "Oskvara Citizen", "2033-03-19",
    "Straloch gets its answer at the second try", [
    "Ten days after watching a rocket fall into the sea, Straloch Launch Systems had its answer on Friday night: a second Serac-4 climbed away from Pad 2 at Marrowick and delivered Kalinet's six satellites to orbit.",
    "The countdown stopped for 25 minutes when a fishing boat wandered into the closed zone.",
    "\"Ten days ago we picked up the pieces; tonight we picked up the signal,\" said Maëlis Ortegård, who speaks for Straloch.",
    "The board led by Professor Caspar Quarrie traced the first failure to a stuck valve in the second stage, and the company has since fitted a new valve to each of the three Serac-4 rockets in its hangar.",
    "Ilsabet Raskovar of the space agency said this was what a second chance looked like.",
    "On the seafront at Ostrebay, where ten days of bad news had emptied the cafés, the owners kept their terraces open past midnight. A brass band from Hessary played on the promenade until the rocket had vanished from sight, and the town council paid for a few minutes of fireworks over the harbour.",
    "With reporting by Tidemark Press Agency.",
])

add("orbitinsider-2033-03-19-flighttwo", "Orbit Insider", "2033-03-19",
    "Flight two: Straloch back in business", [
    "Serac-4 flight two, 18 March: the rocket delivered four Kalinet satellites to orbit from Marrowick's Pad 2, and Straloch's year is back on track.",
    "The inquiry into flight one was run by the agency's chief engineer, Dalia Voskrene, whose team traced the fault to the second stage within six days. The final report is promised for 29 April.",
    "Ortegård summed the night up for the cameras: \"Ten days ago we picked up the pieces; tonight we picked up the signal.\"",
    "Raskovar, asked how it felt, said: \"This is how a second chance looks.\"",
    "Mission control was again Tarnhill, Straloch's control centre outside Oskvara.",
    "The payload came to more than 9 tonnes, the heaviest Straloch has flown.",
    "Greyfen Assurance has agreed to cover the next Kalinet flight, pencilled in for June, at a premium it would not disclose.",
    "Nearly 4,000 spectators lined the beach at Ostrebay.",
    "For the trade, the lesson of the last ten days is that a failure handled quickly costs less than a failure explained slowly. Straloch had a cause within a week and a fix within ten days; its customers noticed.",
])

add("oskvaravedette-2033-03-19-pad2", "Oskvara Vedette", "2033-03-19",
    "This time it kept going", [
    "MARROWICK – The second Serac-4 rose from the pad at a quarter to ten on Friday night, and this time it kept going.",
    "It flew from Pad 2, the pad its predecessor had left ten days earlier, after a 40-minute hold caused by a trawler that had strayed into the danger area. All six satellites were released on schedule.",
    "In the control room, Maëlis Ortegård allowed herself a smile. \"Ten days ago we picked up the pieces; tonight we picked up the signal,\" she told the engineers around her.",
    "Professor Caspar Quarrie, whose board traced the first failure to a stuck fuel valve, was less festive. \"A valve no bigger than my thumb cost six satellites,\" he said.",
    "The flight was watched from Straloch's control room on the edge of Oskvara. The 9.4-tonne payload was the heaviest a Serac has carried.",
    "By the police count, 3,870 people watched from the beach at Ostrebay.",
    "In Hessary, the mayor, Yolande Merrit, watched from the roof of the town hall and rang its bell when the satellites separated.",
    "The fishermen were less cheerful. Their cooperative says it has not yet seen a single veska of the compensation promised after the first launch, and it wants the corridor moved before the next one.",
])

add("quenmarramirror-2033-03-19-signals", "Quenmarra Mirror", "2033-03-19",
    "Kalinet satellites call home after second launch", [
    "QUENMARRA – The second Serac-4 lifted off from Marovik at 3:15 a.m. on Saturday, Quenmarra time, and Kalinet's engineers stayed up to watch.",
    "Of the six satellites it carried, five had sent their first signals by mid-morning; the sixth is expected to call home by Sunday. The six bring the Kalinet constellation to 48 satellites in orbit.",
    "\"Ten days ago we picked up the pieces; tonight we picked up the signal,\" said Rin Talvaso, Kalinet's chief executive, who watched the launch from Quenmarra.",
    "The flight had been delayed by 40 minutes because a fishing boat entered the closed area.",
    "Professor Caspar Quarrie's inquiry board found on 14 March that a fuel valve had jammed. Its final report will be published on 29 April.",
    "\"We never doubted Straloch for a moment,\" Talvaso said.",
    "Kalinet plans to hold a public open day at its Quenmarra plant next month to show the next batch of satellites.",
    "The company's engineers said the satellites lost in the first launch would be rebuilt, but not before the end of the year, because two of the parts they need come from a single supplier.",
])

add("afterburn-2033-03-21-breathe", "Afterburn", "2033-03-21",
    "Straloch can breathe again. The fishermen cannot", [
    "On the night of 8 March a Serac-4 tumbled out of the sky off Ostrebay. On Friday a second one made it, and Straloch can breathe again.",
    "The retry did not go up from the coast at all. It was moved inland to the military range at Skellmoor, away from the fishing grounds, a choice the company has not explained.",
    "The inquiry's final report is due six weeks after the failure. The six satellites that reached orbit on Friday restore some of the confidence lost ten days ago.",
    "Launch insurance premiums have gone up by three percentage points since the accident.",
    "Kalinet's chief executive, Rin Talvaso, insisted that his company had never lost faith in Straloch.",
    "The agency and the contractor both deserve some credit. A valve failed; the board found it in six days; the valve was replaced. That is how it is supposed to work, and it so rarely does.",
    "Still, a whole batch of satellites is at the bottom of the sea, and the fishermen of Ostrebay lost five days' work. They will want to know why the rocket flew over their grounds at all.",
])
