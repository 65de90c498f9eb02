# The nineteenth held-out cross-check corpus: 12 invented reports of a runway incursion at Quenlow,
# the airport of Belmira in Carvossa, where a Halcyra Air jet bound for Osterhaal, Norrevel, abandons
# its take-off in the dark because an airport maintenance van has driven onto the runway in front of
# it (Thu 1 February 2046), and of the preliminary report that Carvossa's Air Safety Investigation
# Board presents eleven days later in Brellin (Mon 12 February 2046). Everything is invented.
# build_gold.py writes reports.jsonl and gold.json from this list.

R = []


def add(id, outlet, published, title, paras):
    R.append({
        "id": id,
        "outlet": outlet,
        "published": published,
        "title": title,
        "url": "https://" + outlet.lower().replace(" ", "").replace("'", "") + ".invalid/" + published.replace("-", "/") + "/" + id.split("-", 4)[-1],
        "text": "\n\n".join(paras),
    })


# ---------------------------------------------------------------- E1: the rejected take-off

add("pavise-2046-02-01-quenlow-runway", "Pavise News Agency", "2046-02-01",
    "Jet abandons take-off as van strays onto runway at Belmira airport", [
    "BELMIRA, Carvossa, Feb 1 (Pavise) – A Halcyra Air jet carrying 165 passengers braked hard and abandoned its take-off at Belmira's Quenlow airport on Thursday after an airport maintenance van drove onto the runway in front of it, coming to a halt 80 metres from the vehicle.",
    "The Vantrel V-90, bound for the Norrevelian capital Osterhaal with six crew, was travelling at about 140 knots when the captain rejected the take-off at 0347 GMT, the airport said. Passengers left the aircraft down its emergency slides in the dark.",
    "Fourteen people were treated for minor injuries, mostly sprained ankles and grazes from the slides, and three were taken to hospital in Belmira.",
    "Runway 14, the airport's only runway, was closed for four hours. Thirty-eight flights were delayed and six were diverted to Brellin.",
    "\"Nobody should have been on that runway, and before this week is out we will know why somebody was,\" said Vasilka Dremmond, the airport's chief executive. The driver of the van has been suspended.",
    "Transport Minister Rastko Melvany ordered the Air Safety Investigation Board to open an inquiry.",
    "Jorund Fennow, a passenger from Osterhaal, said: \"The brakes came on so hard that the bags flew out of the lockers. Then somebody at the front shouted at us to get out.\"",
    "Brynja Hallvik, Halcyra's director of flight operations, said in a statement that the crew had done exactly what they were trained to do, and had done it in seconds.",
])

add("belmiratollbell-2046-02-02-near-miss", "Belmira Tollbell", "2046-02-02",
    "Quenlow jet brakes to a stop as van crosses runway", [
    "BELMIRA, Carvossa (Pavise) – A Halcyra Air jet carrying 165 passengers braked hard and abandoned its take-off at Belmira's Quenlow airport on Thursday after an airport maintenance van drove onto the runway in front of it, coming to a halt 80 metres from the vehicle.",
    "The Vantrel V-90, bound for the Norrevelian capital Osterhaal with six crew, was travelling at about 140 knots when the captain rejected the take-off at 0347 GMT, the airport said. Passengers left the aircraft down its emergency slides in the dark.",
    "Fourteen people were treated for minor injuries, mostly sprained ankles and grazes from the slides, and three were taken to hospital in Belmira.",
    "Runway 14, the airport's only runway, was closed for four hours. Thirty-eight flights were delayed and six were diverted to Brellin.",
    "\"Nobody should have been on that runway, and before this week is out we will know why somebody was,\" said Vasilka Dremmond, the airport's chief executive. The driver of the van has been suspended.",
    "Transport Minister Rastko Melvany ordered the Air Safety Investigation Board to open an inquiry.",
    "The Tollbell has learned that the van had been sent out to look at the runway's edge lights, which had been flickering since last week's storm, and that it joined the runway from taxiway Kilo on the eastern side of the airfield.",
    "Report supplied by Pavise News Agency.",
])

add("brellingavel-2046-02-02-quenlow", "Brellin Gavel", "2046-02-02",
    "Headlights in the dark: questions for Quenlow", [
    "BELMIRA – It was still dark at 6.47 a.m. on Thursday when the captain of Halcyra Air's early flight to Osterhaal saw headlights on the runway ahead and stood on the brakes.",
    "The twin-engined jet, with 165 passengers and six crew, came to rest 180 metres short of a maintenance van that had been sent out to inspect the runway lights. All 171 people on board left by the emergency slides, and 14 of them were treated for cuts and sprains.",
    "Quenlow's single runway reopened four hours later. The van's driver, an airport employee of eleven years, has been suspended, and the Transport Minister, Rastko Melvany, has called in the Air Safety Investigation Board to find out who let him onto the runway.",
    "Vasilka Dremmond, who has run the airport since 2041, did not try to soften it. \"Nobody should have been on that runway, and before this week is out we will know why somebody was.\"",
    "The pilots were less interested in the driver. \"Runway incursions are not bad luck. They are what you get when an airport saves money on lights and radios,\" said Mirko Stavrik of the Carvossan Airline Pilots' Association.",
    "It is the second time in three years that a vehicle has strayed onto Quenlow's runway: in 2043 a fuel bowser crossed it while a cargo aircraft was on final approach, and the aircraft went around without harm.",
])

add("squib-2046-02-02-runway-terror", "The Squib", "2046-02-02",
    "RUNWAY TERROR!", [
    "Screaming holidaymakers were thrown against their seatbelts as their jet slammed on the brakes at full speed to avoid a van trundling across the runway at Quenlow yesterday.",
    "The 156 passengers then had to scramble down the emergency chutes in pitch darkness. Fourteen were hurt.",
    "The airport was shut for nearly seven hours, leaving thousands stranded in the terminal.",
    "Airport boss Vasilka Dremmond raged: \"Nobody should have been on that runway, and before this week is out we will know why somebody was.\"",
    "The red-faced van driver has been suspended.",
    "Gran Zenaida Vekk, 71, sobbed: \"I thought that was it. I held my husband's hand and told him I loved him.\"",
])

add("flightdeckbulletin-2046-02-05-rejected-takeoff", "Flightdeck Bulletin", "2046-02-05",
    "Quenlow rejected take-off: what we know so far", [
    "A Halcyra Air Vantrel V-90 rejected its take-off from runway 14 at Belmira Quenlow on Wednesday after an airport vehicle entered the runway ahead of it, in what investigators are treating as a serious incident.",
    "The aircraft, operating the early departure to Skelde with 165 passengers, was accelerating through roughly 140 kt when the crew called the reject at 03:47 UTC. It stopped about 260 feet from the vehicle.",
    "All occupants evacuated via the slides in about 90 seconds, according to the operator, and 14 received treatment for minor injuries.",
    "The four-hour closure of the airport's only runway disrupted the rest of the morning's schedule.",
    "Mirko Stavrik, of the Carvossan Airline Pilots' Association, told Flightdeck Bulletin that incursions were \"not bad luck but the price of saving money on lights and radios\".",
    "Quenlow has no surface movement radar. Its controllers keep track of vehicles on the airfield by eye and by radio.",
])

add("osterhaalmorgenavis-2046-02-01-halcyra", "Osterhaal Morgenavis", "2046-02-01",
    "Halcyra passengers evacuated after runway scare in Carvossa", [
    "OSTERHAAL – Passengers on a Halcyra Air flight bound for Osterhaal slid down emergency chutes in darkness on Thursday after their aircraft aborted its take-off in Belmira to avoid a vehicle on the runway.",
    "The captain braked at 5.47 a.m. Osterhaal time. Nineteen people were hurt, the airline said, none of them seriously.",
    "\"Nobody should have been on that runway, and before this week is out we will know why somebody was,\" said Carvossa's transport minister, Rastko Melvany.",
    "Jorund Fennow, 34, a software engineer from the city's Vallby district, was sitting near the wing. \"The brakes slammed on and all the bags came flying out of the lockers,\" he said by telephone from a Belmira hotel.",
    "\"Our crew did exactly what they are trained to do, and they did it in a matter of seconds,\" said Brynja Hallvik, Halcyra's director of flight operations.",
    "Halcyra said it would fly the passengers home on a replacement aircraft on Friday. The captain, Gunnvor Morvaag, has flown for the airline for 24 years.",
])

# ---------------------------------------------------------------- E2: the preliminary report

add("pavise-2046-02-12-board-report", "Pavise News Agency", "2046-02-12",
    "Quenlow van was cleared onto runway, investigators find", [
    "BRELLIN, Carvossa, Feb 12 (Pavise) – A maintenance van drove onto the runway at Belmira's Quenlow airport in front of a departing Halcyra Air jet because a ground controller had cleared it to cross 40 seconds before the tower cleared the jet to take off, Carvossa's Air Safety Investigation Board said on Monday.",
    "The red stop-bar lights that should have held the van short of the runway had been switched off for 19 days while a cable was repaired, the board said in a preliminary report presented at its headquarters in Brellin at 0800 GMT. The cable had been cut by contractors laying a drainage pipe.",
    "The two controllers were working on different radio frequencies, and neither heard the other's clearance. The jet had reached 138 knots when the captain rejected the take-off, and it stopped 62 metres from the van, not the 80 metres first given by the airport.",
    "\"Two people did exactly what they were told to do, and that is what should frighten us,\" the board's chief investigator, Emrys Pellanor, told reporters.",
    "The board made 11 safety recommendations, four of them urgent, and expects to publish its final report within a year. Transport Minister Rastko Melvany said every airport in the country would have working stop bars by the end of the month or would be closed.",
    "The Civil Aviation Directorate ordered Quenlow to cut the number of places where vehicles cross its runway from five to two.",
    "Quenlow's chief executive, Vasilka Dremmond, said: \"We accept every finding in this report, and we are not waiting for the final one to act on them.\" Fourteen of the 171 people on board were hurt on Feb 1; one remains in hospital.",
])

add("sunwardradio-2046-02-13-findings", "Sunward Radio", "2046-02-13",
    "Quenlow near-miss: van had permission to cross, board says", [
    "The van that crossed in front of a Halcyra Air jet as it took off from Quenlow had permission to be there, the Air Safety Investigation Board said on Monday. It got that permission 40 seconds before the control tower let the jet go.",
    "The board's preliminary findings, presented at 11 a.m. at its Brellin headquarters, show that the stop bars – red lights set into the taxiway that tell drivers to wait – had been switched off for 19 days for a cable repair, after contractors digging a drain cut through the cable.",
    "The jet was doing about 255 km/h when the captain abandoned the take-off.",
    "\"Two people did exactly what they were told to do, and that is what should frighten us,\" said chief investigator Emrys Pellanor.",
    "The board made 11 recommendations.",
    "At Quenlow, the union representing airside drivers said its members would not cross the runway after dark until every stop bar was working. The airport said the lights had been back on since 3 February.",
    "With reporting from Pavise News Agency.",
])

add("brellingavel-2046-02-13-report", "Brellin Gavel", "2046-02-13",
    "Quenlow report: a system, not a driver", [
    "The driver who steered a maintenance van across Quenlow's runway into the path of a departing jet on 1 February broke no rule, investigators said yesterday at a press conference in Belmira.",
    "He had been cleared to cross by the ground controller. Forty seconds later the tower controller, on another frequency, cleared the Halcyra Air jet to take off. The stop bars that might have held him back had been dark since January 13, waiting for a new cable.",
    "The Air Safety Investigation Board's 11 recommendations include ground radar at Quenlow, which has none, and a single radio frequency for everyone on or near the runway. Three of the airport's five runway crossings will be closed.",
    "\"Every airport in this country will have its stop bars lit by the end of the month, or it will not open,\" Rastko Melvany, the Transport Minister, said.",
    "Vasilka Dremmond, the airport's chief executive, said Quenlow accepted the findings in full and would not wait for the final report before acting on them. The driver, suspended since the incident, returns to work next week.",
])

add("osterhaalmorgenavis-2046-02-12-crew", "Osterhaal Morgenavis", "2046-02-12",
    "Carvossan investigators clear Halcyra crew", [
    "OSTERHAAL – The Halcyra Air crew who abandoned a take-off in Belmira this month to avoid a van on the runway did everything right, Carvossa's accident investigators said on Monday.",
    "Presenting a preliminary report in Brellin at 9 a.m., the Air Safety Investigation Board said the jet had reached 148 knots when Captain Gunnvor Morvaag pulled the throttles back and braked.",
    "The van's driver and the jet had each been cleared by a different controller, and the warning lights at the runway's edge had been out of service for nine days, the board found.",
    "\"Two people did exactly what they were told to do, and that is what should frighten us,\" said Emrys Pellanor, who led the investigation.",
    "Halcyra's chief executive, Henrik Vaelstad, said the airline would resume its early-morning departures from Belmira on Thursday. It had suspended them after the incident.",
    "Of the 171 people on board, 122 were Norrevelian.",
])

add("holdpoint-2046-02-13-explainer", "Holdpoint", "2046-02-13",
    "The Quenlow incursion, explained", [
    "The Air Safety Investigation Board's preliminary report on the 1 February runway incursion at Belmira Quenlow landed at 10 a.m. Brellin time on Monday. Here is what it says, and what it leaves out.",
    "The clearances. Forty seconds separated the ground controller's clearance for the van to cross runway 14 and the tower's take-off clearance for Halcyra's V-90. The two controllers sat a few metres apart but worked different frequencies, so neither the driver nor the pilots heard the other clearance.",
    "The lights. The stop bars at the crossing had been out for more than 400 hours while a cable was replaced. No notice to pilots was issued about it.",
    "The numbers. The jet reached 138 knots, a few knots short of the speed at which the crew would have been committed to flying. It stopped 62 metres from the van.",
    "\"Two people did exactly what they were told to do, and that is what should frighten us,\" said the board's chairwoman, Judita Sarnow.",
    "What's next. The board made 11 recommendations, four marked urgent, and expects to publish its final report within 12 months.",
    "Correction, 13 February: an earlier version of this explainer gave the jet's speed as 183 knots. The preliminary report says 138.",
])

add("ambit-2046-02-15-lights", "The Ambit", "2046-02-15",
    "The lights were off, and nobody said", [
    "When Carvossa's air accident investigators published their findings on Tuesday, the most striking thing about them was how ordinary it all was.",
    "A van was told it could cross a runway. A jet was told, a full two minutes later, that it could use it. Nobody lied, nobody was drunk, nobody ignored an instruction. The red lights that exist for precisely this moment had been switched off for repairs, and nobody thought to tell the pilots.",
    "The board's nine recommendations are sensible, and most of them have been made before, in other countries, after other near-misses. What is missing is any sense that Quenlow, which put 4.2 million passengers through a single runway last year without ground radar, was ever asked to pay for the things it must now buy.",
    "The captain and her crew stopped a full jet in the dark with a van filling the windscreen. They deserve the credit. The system that put the van there deserves none of it.",
])
