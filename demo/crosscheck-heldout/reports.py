# The held-out cross-check corpus: 12 invented reports of the Kharn Ridge mine collapse.
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


# ---------------------------------------------------------------- E1: collapse and rescue

add("tna-2026-10-09-kharn-rescue", "Tessaline News Agency", "2026-10-09",
    "All 23 miners freed from collapsed Halvecian copper mine after four-day rescue", [
    "ZHEROV, Halvecia, Oct 9 (TNA) – Rescuers brought the last of 23 trapped miners to the surface of the Kharn Ridge copper mine on Friday, ending a four-day rescue operation that drew teams from three countries.",
    "The men had been cut off 410 metres underground since a section of haulage tunnel collapsed at 0040 GMT early on Tuesday. The last of them, a 58-year-old shift foreman, was winched out at 11:15 local time, nearly 80 hours after the roof came down.",
    "Fourteen of the trapped men are Orsk nationals working on contracts in Halvecia. Nine were taken by ambulance to the regional hospital in Kovach, 40 km away, with dehydration and minor injuries; the others were checked at the pithead and released to their families.",
    "The escape shaft was drilled by a Pellandrian team led by engineer Lucan Brecht, whose rig was flown in on Wednesday and broke through to the miners' chamber shortly before dawn on Friday. About 300 rescuers worked in shifts at the site, according to the Halvecian Mine Rescue Service.",
    "\"Not one of them was left behind,\" rescue chief Renata Marhold told reporters at the pithead. \"Every one of the 23 is alive, and that is the only number I care about.\"",
    "The mine is run by the Halvecian State Mining Corporation, which said it would cooperate fully with an inquiry ordered by Prime Minister Oskar Remmel and due to report next Wednesday. Ventilation to the lower levels was restored on Wednesday night, the company said.",
    "One of the rescued men, Bogdan Teslic, said the sound of drilling had kept the group going. \"We could hear the drill for two days before we saw the light,\" he said from a stretcher.",
    "Copper prices rose to $9,410 a tonne in London as traders weighed the loss of output from Kharn Ridge, one of Halvecia's three largest copper mines.",
])

add("riversideledger-2026-10-09-miners-freed", "Riverside Ledger", "2026-10-09",
    "Last of 23 trapped miners rescued in Halvecia", [
    "ZHEROV, Halvecia (TNA) – Rescuers on Friday brought the last of 23 trapped miners to the surface of the Kharn Ridge copper mine, ending a four-day rescue operation that drew teams from three countries.",
    "The men had been cut off 410 metres underground since a section of haulage tunnel collapsed at 0040 GMT early on Tuesday. The last of them, a 58-year-old shift foreman, was winched out at 11:15 local time, nearly 80 hours after the roof came down.",
    "Fourteen of the trapped men are Orsk nationals working on contracts in Halvecia. Nine were taken to the regional hospital in Kovach with dehydration and minor injuries.",
    "The escape shaft was drilled by a Pellandrian team led by engineer Lucan Brecht, whose rig was flown in on Wednesday.",
    "\"Not one of them was left behind,\" rescue chief Renata Marhold told reporters at the pithead. \"Every one of the 23 is alive, and that is the only number I care about.\"",
    "The mine is run by the Halvecian State Mining Corporation, which said it would cooperate fully with an inquiry ordered by Prime Minister Oskar Remmel. Ventilation to the lower levels was restored on Wednesday night, the company said.",
    "One of the rescued men, Bogdan Teslic, said the sound of drilling had kept the group going. \"We could hear the drill for two days before we saw the light,\" he said from a stretcher.",
    "Copper prices rose to $9,410 a tonne in London as traders weighed the loss of output from Kharn Ridge, one of Halvecia's three largest copper mines.",
    "This story was supplied by the Tessaline News Agency.",
])

add("dunmereherald-2026-10-10-remmel-pithead", "Dunmere Herald", "2026-10-10",
    "'Not one left behind': Remmel greets last Kharn Ridge miner", [
    "DUNMERE – The 21 men trapped at the Kharn Ridge copper mine were all above ground by Friday morning, and on Saturday the country began asking how a collapse of this size could happen at one of the HSMC's flagship pits.",
    "The roof of a haulage tunnel on the mine's ninth level gave way at 3:40 a.m. local time on Tuesday, just as the night shift was handing over. The men spent almost 80 hours in a pocket of rock before the last of them was lifted out.",
    "Prime Minister Oskar Remmel, who flew to Zherov on Friday to greet the final miner, called the rescue \"a national effort\". \"Not one of them was left behind,\" Mr Remmel said at the pithead, his voice breaking.",
    "The breakthrough came from soldiers of the army's 4th Engineer Brigade, who drilled the rescue shaft in under two days. A Pellandrian crew that arrived with a second rig on Wednesday stood by in case the army's drill failed.",
    "In all, 312 rescuers, soldiers and medics worked at the site over the four days, the Interior Ministry said on Saturday.",
    "The HSMC, which has run Kharn Ridge since 1998, now faces hard questions. A mine inspectorate report seen by the Herald flagged cracks in the ninth-level tunnel last spring. The company's chief executive, Matthias Oberlin, declined to comment.",
    "Mr Remmel has ordered an inquiry with Orsk participation, which he said would report \"within days, not months\". Opposition deputies in the capital called for Mr Oberlin to resign.",
    "The Orsk government also sent a medical team to Kovach, where the injured men are being treated.",
])

add("velgradvoice-2026-10-10-orsk-miners", "Velgrad Voice", "2026-10-10",
    "Orsk miners safe after Žerov collapse as families weep with relief", [
    "VELGRAD – All 23 miners trapped by Tuesday's collapse at the Kharn Ridge mine in Žerov are safe, among them 14 of our compatriots, and the last of the men reached the surface on Thursday to applause from rescuers and relatives.",
    "The Orsk workers, most of them from the eastern province of Dolmeny, have been working at the Halvecian mine on two-year contracts. Their families had kept a candlelit vigil in Velgrad's Republic Square since Tuesday night.",
    "\"For two days we heard the drill, and then we saw light,\" said Bogdan Teslic, 41, from Dolmeny, speaking to the Voice by telephone from his hospital bed in Kovach. He is one of nine men being treated there for dehydration and bruising.",
    "Velgrad sent a medical team to Kovach on Wednesday, and Labour Minister Jelena Dravić travelled to the mine on Thursday. \"Our people went into the mountain to feed their families. They will come home with our thanks,\" she said.",
    "The men were freed after four days of digging by Halvecian crews and a drilling team from Pellandria, whose rig bored the shaft through which they were lifted one by one in a steel capsule.",
    "The collapse began on the ninth level early on Tuesday, when a support pillar failed during a shift change, according to men who were underground.",
    "Halvecian officials have promised an inquiry, and Ms Dravić said Orskland would insist on taking part. \"We want to know why our men were 410 metres under the ground in a tunnel that had already cracked,\" she said.",
])

add("sorrentzchronicle-2026-10-10-brecht", "Sorrentz Chronicle", "2026-10-10",
    "Pellandrian drillers hailed as 23 miners are freed in Halvecia", [
    "SORRENTZ – A drilling crew from Pellandria was being hailed on Saturday as the team that reached 23 miners trapped at the Kharn Ridge copper mine in neighbouring Halvecia, at least 12 of them Orsk nationals.",
    "The team of 18 Pellandrian specialists, led by engineer Lucan Brecht of Sorrentz, drilled the escape shaft with a rig flown in by an air force transport on Wednesday. The miners were lifted out one at a time on Friday.",
    "The men spent 56 hours trapped after the tunnel roof collapsed on October 6.",
    "\"We had one chance to get the angle right, and we got it,\" Brecht told the Chronicle by telephone from the mine. His team will fly home on Sunday.",
    "Brecht, 47, has drilled rescue shafts in Pellandria's own coalfields since the 1990s. His company, Sorrentz Deep Drilling, lent the rig free of charge and the government paid for the flight, the Foreign Ministry said. \"When neighbours call, you do not send an invoice,\" a ministry spokesman said.",
    "Nine of the miners were flown to a hospital in Dunmere, the Halvecian capital, for observation, the mine rescue service said.",
    "Rescue chief Renata Marhold told a briefing at the pithead in Zherov that all 23 were alive and that this was the only number she cared about. She thanked Pellandria \"for a rig we did not have and a crew we could not have trained\".",
    "The Kharn Ridge mine, run by the Halvecian State Mining Corporation, produces about a tenth of Halvecia's copper. Prime Minister Oskar Remmel has promised an inquiry, and the Pellandrian government has offered to lend it experts.",
])

add("halvbusiness-2026-10-09-hsmc-output", "Halvecia Business Daily", "2026-10-09",
    "Kharn Ridge shutdown hits HSMC output as copper climbs", [
    "DUNMERE – The Halvecian State Mining Corporation expects to lose about 6,000 tonnes of copper output this quarter after the tunnel collapse at its Kharn Ridge mine, the company told investors on Friday, as rescuers brought the last of 23 trapped miners to the surface.",
    "The tunnel collapsed on Wednesday, forcing the company to halt production across all of the mine's levels. Kharn Ridge produced 41,000 tonnes of copper last year, about a tenth of the national total.",
    "Copper rose 3.1 percent in London this week as traders priced in the loss of supply from one of Halvecia's three largest mines.",
    "HSMC shares have lost 11 percent on the Dunmere exchange since the accident. Chief financial officer Pieter Vaans said the company was insured against business interruption but declined to say for how much.",
    "\"The question is not this quarter, it is how long the regulator keeps the mine shut,\" said Hanna Ekwall, an analyst at Dunmere brokerage Tallis & Roe. She said a closure of more than two months would force HSMC to buy copper concentrate abroad to meet its smelter contracts.",
    "Ekwall said the company's insurers were likely to contest any claim if the inquiry found that safety warnings had been ignored. Kharn Ridge employs about 1,900 people, some 400 of them on contracts from Orskland. Analysts at two other Dunmere brokerages cut their full-year profit forecasts for HSMC by between 8 and 12 percent on Friday.",
    "The company has not said when production could restart. A government inquiry is expected to report next week.",
])

# ---------------------------------------------------------------- E2: the inquiry's findings

add("tna-2026-10-14-inquiry", "Tessaline News Agency", "2026-10-14",
    "Unauthorised blast caused Kharn Ridge mine collapse, inquiry finds", [
    "DUNMERE, Oct 14 (TNA) – A blasting charge set off without authorisation weakened the support pillar whose failure trapped 23 miners at Halvecia's Kharn Ridge copper mine last week, a joint Halvecian-Orsk inquiry found on Wednesday.",
    "Presenting the preliminary report in Dunmere at 07:00 GMT, commission chair Runa Lorentz, a Pellandrian mining engineer, said investigators had found seven safety violations at the mine, four of them on the ninth level where the tunnel gave way. The commission, with three Halvecian, three Orsk and one Pellandrian member, interviewed 61 witnesses.",
    "\"This collapse was foreseeable, and it was foreseen,\" Lorentz said. \"The mountain did not fail; people did.\"",
    "Mines Minister Ottilie Kessling said the Halvecian State Mining Corporation would be fined 4.2 million florins and that the mine would stay closed for 90 days while its lower levels were shored up. The company's chief executive, Matthias Oberlin, resigned on Tuesday, a day before the findings were published.",
    "Each of the 23 miners will receive 50,000 florins in compensation, and the danger allowance paid to underground workers across Halvecia will be raised to 30 percent of base pay, Kessling said. A national mine-safety training centre will be built in Zherov, near the pit.",
    "Orsk Labour Minister Yelena Dravic, who attended the presentation, welcomed the payments but said they could not undo what the men had lived through. \"No amount of money gives back those four days,\" she said.",
    "Shares in HSMC were suspended on the Dunmere exchange pending the announcement and had not resumed trading by late afternoon.",
    "The commission's final report is due in January.",
])

add("coastalpost-2026-10-15-blast", "Coastal Evening Post", "2026-10-15",
    "Inquiry blames unauthorised blast for Halvecian mine collapse", [
    "An unauthorised blasting charge weakened the pillar that gave way at Halvecia's Kharn Ridge copper mine, trapping 23 miners for nearly four days, investigators said on Wednesday.",
    "The joint Halvecian-Orsk commission, chaired by Pellandrian engineer Runa Lorentz, listed seven safety violations at the mine in its preliminary report, presented in Dunmere. Lorentz said the charge had been set off on the ninth level about 40 minutes before the collapse, while the night shift was still underground.",
    "\"This collapse was foreseeable, and it was foreseen,\" Lorentz said.",
    "The mine's operator, the Halvecian State Mining Corporation (HSMC), will be fined 4.2 million florins, and the pit will remain closed for 90 days. Chief executive Matthias Oberlin stepped down on Tuesday.",
    "Shares in HSMC were suspended on the Dunmere exchange pending the announcement.",
    "Each miner will receive 50,000 florins in compensation. Orsk Labour Minister Yelena Dravic said no amount of money could give back the four days the men had spent underground. Mines Minister Ottilie Kessling said the danger allowance for underground workers would be raised to 30 percent of base pay.",
    "Kharn Ridge, in the hills above the town of Zherov close to the Orsk border, is one of Halvecia's three largest copper mines and employs about 1,900 people.",
    "The rescue, which ended last Friday, drew drilling crews from Pellandria and teams of Halvecian soldiers and mine rescuers. All the rescued men have now left hospital, the mine rescue service said.",
    "The commission's final report is due in January. Halvecia's government has said it will publish it in full.",
    "With TNA inputs",
])

add("dunmereherald-2026-10-15-oberlin", "Dunmere Herald", "2026-10-15",
    "Oberlin quits as Kharn Ridge report finds seven violations", [
    "DUNMERE – Mines Minister Ottilie Kessling presented the inquiry's preliminary report on the Kharn Ridge collapse on Wednesday, telling a packed Granary Hall that the mine's operator had broken safety rules seven times in the year before the roof fell.",
    "The presentation began at 10 a.m. Dunmere time (UTC+3), and ran for more than two hours, with Orsk and Pellandrian members of the commission at Ms Kessling's side.",
    "According to the report, a crew on the ninth level set off a blasting charge that had not been approved by the shift engineer, cracking the pillar that held up the haulage tunnel. The HSMC will be fined 4.2 million florins and the mine faces a 90-day closure while engineers shore up its lower levels.",
    "The company's chief executive, Matthias Oberlin, resigned on Tuesday. \"I accept that this happened on my watch, and I will not hide behind the geology,\" Mr Oberlin said in a statement released by the company. Mr Oberlin, 61, had led the company since 2017; his deputy, Carla Wint, will run it until a successor is named.",
    "The danger allowance for underground workers will rise by ten percentage points, Ms Kessling said, and a national training centre for mine safety will open in Zherov next year.",
    "The Herald reported in the spring that inspectors had flagged cracks in the same tunnel. Opposition leader Viktor Hallam said the minister should explain why the warning had not been acted on. \"The report names the company. It should also name the ministry,\" he said.",
    "Ms Kessling said the inspectorate would be given 40 new posts next year.",
])

add("velgradvoice-2026-10-14-dravic", "Velgrad Voice", "2026-10-14",
    "Inquiry blames blast for Žerov collapse; Dravić demands justice", [
    "VELGRAD – An unauthorised blast weakened the rock above the miners trapped at Žerov, the joint inquiry into the Kharn Ridge collapse said on October 14, listing nine safety violations by the Halvecian operator.",
    "Labour Minister Jelena Dravić, who sat in on the presentation in Dunmere, said the findings confirmed what the miners' families had feared. \"The mountain did not fail; people did,\" Ms Dravić said afterwards.",
    "The operator will pay a fine of 4.2 million florins and the mine will stay shut for 90 days, the commission said. The company's chief executive, Matthias Oberlin, resigned on Monday.",
    "Halvecia will pay 1.15 million florins in compensation to the trapped miners, 14 of whom are Orsk citizens. Ms Dravić said no sum of money could give the men back those four days, but that the payments were \"a start, not an end\".",
    "The Dolmeny miners' association, which represents most of the Orsk workers at Kharn Ridge, said it would advise members not to return until an Orsk inspector had been down the shafts. \"Our men will go back when we have seen the tunnels with our own eyes,\" said its chairman, Radek Sovin.",
    "Seven of the 14 Orsk miners have already returned to Dolmeny. The others are expected home by the end of the month.",
    "Ms Dravić said Orskland would ask Halvecia to let Orsk inspectors join inspections of every pit where Orsk citizens work. About 2,300 Orsk nationals are employed in Halvecian mines, according to the Labour Ministry in Velgrad.",
])

add("sorrentzchronicle-2026-10-15-lorentz", "Sorrentz Chronicle", "2026-10-15",
    "Pellandrian engineer's report lays Kharn Ridge collapse at operator's door", [
    "SORRENTZ – Runa Lorentz, the Pellandrian mining engineer who chairs the inquiry into the Kharn Ridge collapse, presented its preliminary findings in Dunmere on October 14, blaming an unauthorised blast for the failure of a support pillar.",
    "Lorentz told a news conference in Dunmere that investigators had found seven violations of safety rules by the mine's operator. \"It was foreseeable, and it was foreseen. That is the hardest sentence in this report,\" she said.",
    "The Halvecian State Mining Corporation will pay a fine of 2.4 million florins and the mine will remain closed for 60 days, the commission said.",
    "The charge had been set by a crew trying to make up lost time on the ninth level, where output had fallen behind target, Lorentz said. She declined to say whether anyone would face criminal charges, calling that a matter for Halvecian prosecutors. Pellandria's own mines have recorded no fatal collapse since 2011, a record she credited to unannounced inspections.",
    "Halvecia's Mines Minister Ottilie Kessling, who spoke after Lorentz, announced compensation of 50,000 florins for each of the 23 trapped miners.",
    "Lorentz, 54, is a former chief inspector of Pellandria's mines and was named to the commission at the request of both Halvecia and Orskland. She said the commission had interviewed 61 witnesses in five days.",
    "Pellandria has offered to train Halvecian mine inspectors at its mining school in Sorrentz, the Foreign Ministry said on Thursday.",
    "Lucan Brecht's drilling crew, which reached the trapped men last week, returned to Sorrentz on Sunday to a reception at the city hall.",
])

add("ridgelinereview-2026-10-16-analysis", "Ridgeline Review", "2026-10-16",
    "Analysis: Kharn Ridge shows the cost of Halvecia's copper boom", [
    "When the roof fell at Kharn Ridge on October 6, it fell on a mine that had been asked to produce more every year for a decade. This week's inquiry report makes that plain, even if it stops short of saying so.",
    "The findings, presented on Wednesday, pin the collapse on a single unauthorised blast. But the same report notes that the mine was inspected only twice in five years, and that its output target was raised three times in that period.",
    "The state's response has been quick. The operator has been fined, the danger allowance raised to 30 percent of base pay, and a training centre for mine safety promised in Kovach.",
    "Matthias Oberlin, who ran the state mining company for nine years, said in his resignation statement that the collapse had happened on his watch and that he would not hide behind the geology. Few in Dunmere expect his departure to be the last.",
    "The compensation, 50,000 florins for each of the trapped men, is generous by Halvecian standards: the families of two miners killed at a smaller pit in 2023 received less than half that.",
    "The harder question is money. Halvecia's copper exports earned 2.8 billion florins last year, and the treasury has come to depend on them. Every month Kharn Ridge stays closed costs the state company an estimated 40 million florins in lost sales.",
    "Orskland, for its part, has made clear that its workers will not go back underground on Halvecian assurances alone. That may prove the most lasting consequence of the four days in October when 23 men waited in the dark.",
])
