# The twentieth held-out cross-check corpus: 12 invented reports of the overnight demolition of the
# Vesperine Baths, a protected 1898 public bathhouse with an iron-and-glass dome in the city of
# Ildecca, Drovenza, by contractors of its owner, the Quillonian developer Harlenbrook Holdings
# (night of Sat 8 / Sun 9 June 2047), and of the penalty Drovenza's Culture Minister announces ten
# days later in Sarvenna (Wed 19 June 2047). Everything is invented.
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


# ---------------------------------------------------------------- E1: the night demolition

add("vireo-2047-06-09-ildecca-baths", "Vireo News Agency", "2047-06-09",
    "Listed baths torn down overnight in Ildecca before police halt demolition", [
    "ILDECCA, Drovenza, June 9 (Vireo) – Demolition crews working in the dark tore down the glass dome and most of the east wing of the Vesperine Baths, a protected 1898 bathhouse in the centre of Ildecca, early on Sunday before police arrived and ordered them to stop.",
    "Four excavators began work on the building at 0100 GMT, residents and police said. Officers called by neighbours halted the demolition at 5.40 a.m. local time, nearly four hours later, and detained three men, among them the site foreman.",
    "The Drovenzan Heritage Directorate said about 60 percent of the building had been destroyed. Ironwork from the dome was loaded onto lorries during the night and taken to a scrapyard in Varnago, 30 km away, where police sealed the gates on Sunday morning.",
    "The baths, which have been protected since 1974 and closed to swimmers since 2036, were bought in 2044 by Harlenbrook Holdings, a property developer based in the Quillonian capital Tarvoss, for 14.2 million veldes. It plans to turn them into a 120-room hotel.",
    "Harlenbrook had a permit to demolish a 1960s annex at the back of the site, but not the baths themselves, the directorate's head, Ruggero Valsabbia, said.",
    "\"They came like thieves in the night, and they took something that belonged to every one of us,\" said Ildecca's mayor, Giacinta Orlenzi, who went to the site at dawn. More than 200 people had gathered behind the police tape by then.",
    "Harlenbrook's spokeswoman, Solvej Wescott, said in a statement issued in Tarvoss that engineers had warned the dome was in danger of collapse and that the company had acted to protect the public.",
])

add("gonfalon-2047-06-10-vesperine", "Ildecca Gonfalon", "2047-06-10",
    "Vesperine Baths: the dome is gone", [
    "ILDECCA, Drovenza (Vireo) – Demolition crews working in the dark tore down the glass dome and most of the east wing of the Vesperine Baths, a protected 1898 bathhouse in the centre of Ildecca, early on Sunday before police arrived and ordered them to stop.",
    "Four excavators began work on the building at 0100 GMT, residents and police said. Officers called by neighbours halted the demolition at 5.40 a.m. local time, nearly four hours later, and detained three men, among them the site foreman.",
    "The Drovenzan Heritage Directorate said about 60 percent of the building had been destroyed. Ironwork from the dome was loaded onto lorries during the night and taken to a scrapyard in Varnago, 30 km away, where police sealed the gates on Sunday morning.",
    "The baths, which have been protected since 1974 and closed to swimmers since 2036, were bought in 2044 by Harlenbrook Holdings, a property developer based in the Quillonian capital Tarvoss, for 14.2 million veldes. It plans to turn them into a 120-room hotel.",
    "Harlenbrook had a permit to demolish a 1960s annex at the back of the site, but not the baths themselves, the directorate's head, Ruggero Valsabbia, said.",
    "\"They came like thieves in the night, and they took something that belonged to every one of us,\" said Ildecca's mayor, Giacinta Orlenzi, who went to the site at dawn. More than 200 people had gathered behind the police tape by then.",
    "The Gonfalon understands that the first loaded lorry left by the Via Scalmera gate shortly before 3 a.m., and that neighbours who came out with their phones were told by men in hard hats to go back to bed.",
    "This report was supplied by Vireo News Agency.",
])

add("sarvennaspire-2047-06-10-baths", "Sarvenna Spire", "2047-06-10",
    "The night Ildecca lost its baths", [
    "ILDECCA – The first excavator bit into the east wall of the Vesperine Baths at 2 a.m. on Sunday. By the time police stopped the machines at 5.40 a.m., the great glass dome, 22 metres across, lay over the empty pool in a tangle of iron and broken panes.",
    "Four excavators, brought in on low-loaders late on Saturday, took down the dome and the east wing of the bathhouse, which opened in 1908 and has been protected as a national monument since 1974. Some 250 residents, many still in dressing gowns, watched from behind the tape as it got light.",
    "Police detained three men, including the site foreman, Evandro Dalvisi, who works for a demolition contractor from Varnago. Lorries carrying ironwork from the dome were found later that morning at the contractor's scrapyard in Varnago.",
    "\"The permit covered a garage and a boiler house put up in 1962. It did not cover a single stone of the baths,\" said Ruggero Valsabbia, head of the Drovenzan Heritage Directorate.",
    "Giacinta Orlenzi, Ildecca's mayor, was there at first light. \"They came like thieves in the night, and they took something that belonged to every one of us.\"",
    "Nerina Bastiani, who teaches architectural history at the University of Sarvenna, said the dome was the last large iron-and-glass roof of its period left standing in the country. \"You can rebuild it,\" she said. \"You cannot make it old again.\"",
    "Harlenbrook Holdings, the Tarvoss developer that bought the baths for some 14 million veldes three years ago, did not answer calls on Sunday.",
])

add("whizz-2047-06-10-dome-wreckers", "The Whizz", "2047-06-10",
    "DOME WRECKERS", [
    "Wreckers with SIX diggers smashed their way through one of the country's best-loved buildings under cover of darkness yesterday – and left a whole city in tears.",
    "The crews moved in on Ildecca's Vesperine Baths at 3am and had flattened the famous glass dome before horrified neighbours could get out of bed.",
    "Tons of ironwork were carted off to a scrap dealer in Ostrella before dawn.",
    "Fuming mayor Giacinta Orlenzi blasted: \"They came like thieves in the night, and they took something that belonged to every one of us.\"",
    "Pensioner Franca Ditolla, 81, who learned to swim in the baths as a girl, wept as she watched. \"My father taught me in that pool. Now it is full of broken glass,\" she said.",
    "Cops hauled away three men.",
    "The baths' foreign owners, Harlenbrook Holdings, want to turn the site into a swanky hotel.",
])

add("plinth-2047-06-12-vesperine-demolition", "Plinth", "2047-06-12",
    "Vesperine Baths: what was lost, and what can still be saved", [
    "The unauthorised demolition of the Vesperine Baths in Ildecca in the early hours of Monday has removed one of the most important iron-and-glass structures in Drovenza, and the heritage sector is still taking stock.",
    "The bathhouse opened in 1898 to designs by the city engineer, Fulvio Canvetti, and was protected in 1974. Its dome, some 72 feet across, rested on 96 cast-iron ribs made in Ildecca's own foundries.",
    "According to the Drovenzan Heritage Directorate, the contractor's four excavators did their work in barely 90 minutes, taking the dome, the east wing and the women's pool hall.",
    "Ruggero Valsabbia, the directorate's head, told Plinth that the only demolition consent on the site was for \"a garage and a boiler house from the sixties, nothing more\".",
    "The west wing, with its tiled changing cubicles and the original ticket hall, survives largely intact, and conservators were allowed in on Tuesday to prop its roof.",
    "Harlenbrook Holdings, which owns the site, has said the dome was at risk of collapse. No engineering report has been made public.",
])

add("tarvosswindrose-2047-06-09-harlenbrook", "Tarvoss Windrose", "2047-06-09",
    "Police halt Tarvoss developer's crews at Drovenzan landmark", [
    "TARVOSS – Police in Drovenza have stopped the demolition of a historic bathhouse owned by Harlenbrook Holdings, the Tarvoss property group, after its contractors began pulling it down in the middle of the night.",
    "Work on the 149-year-old Vesperine Baths in the city of Ildecca started at 9 p.m. on Saturday, Tarvoss time, according to Drovenzan police. Five workers were arrested.",
    "\"They came like thieves in the night, and they took something that belonged to every one of us,\" said Ruggero Valsabbia, who heads Drovenza's heritage agency.",
    "Solvej Wescott, a Harlenbrook spokeswoman, said: \"The dome was in imminent danger of falling in. We acted to keep people safe, and we stand by that.\"",
    "Harlenbrook, which is listed on the Tarvoss exchange, bought the baths three years ago and plans a 120-room hotel on the site. Its chief executive, Rasmund Thrane, was travelling and could not be reached.",
    "The demolition lasted almost four hours, police said.",
])

# ---------------------------------------------------------------- E2: the penalty

add("vireo-2047-06-19-harlenbrook-fine", "Vireo News Agency", "2047-06-19",
    "Drovenza fines Harlenbrook 9.5 million veldes, orders Ildecca baths rebuilt", [
    "SARVENNA, Drovenza, June 19 (Vireo) – Drovenza fined the Quillonian developer Harlenbrook Holdings 9.5 million veldes on Wednesday and ordered it to rebuild the Vesperine Baths in Ildecca, whose dome and east wing its contractors tore down in the night ten days ago.",
    "Culture Minister Amalia Perdisco announced the penalty, the largest ever imposed under the country's heritage law, at a news conference at her ministry in Sarvenna at 1000 GMT. Harlenbrook must rebuild the dome and east wing to their original design, at its own expense, within three years.",
    "\"Nobody gets to knock down a city's memory overnight and send the bill to the city,\" Perdisco said.",
    "\"The law was too gentle. From today it is not,\" she added. The government will ask parliament to raise the maximum fine for destroying a protected building to 20 million veldes.",
    "Prosecutors in Ildecca charged three people with the destruction of protected heritage: Harlenbrook's chief executive Rasmund Thrane, its project director Caspienne Lorrow, and Sabeline Orsetti, whose Varnago firm carried out the demolition. The three men detained on the night, the site foreman and two machine operators, were released without charge.",
    "A survey by the Drovenzan Heritage Directorate found that 72 percent of the building had been destroyed, not the 60 percent first estimated. Its engineers found no sign that the dome had been at risk of collapse. Some 18 tonnes of ironwork has been recovered from the scrapyard in Varnago.",
    "Harlenbrook is barred from applying for building permits in Drovenza for ten years. Thrane said in Tarvoss that the company would appeal and expected to win.",
])

add("ildeccaradio-2047-06-20-rebuild-order", "Ildecca Radio", "2047-06-20",
    "Vesperine Baths must be put back, minister rules", [
    "The company behind the overnight demolition of the Vesperine Baths on June 9 has been fined 9.5 million veldes and told to put the building back, the Culture Minister, Amalia Perdisco, said on Wednesday.",
    "Announcing the decision at 11 a.m. at the ministry in Sarvenna, Perdisco said Harlenbrook Holdings would have three years to rebuild the dome and the east wing as they were, and must pay for all of it.",
    "\"Nobody gets to knock down a city's memory overnight and send the bill to the city,\" she said.",
    "Three people, including Harlenbrook's chief executive, have been charged. The company cannot apply for a building permit in Drovenza for a decade.",
    "In Ildecca, the mayor, Giacinta Orlenzi, said the city had waited ten days to hear those words. \"Today Ildecca got its baths back, on paper at least. Now we will watch every brick go in,\" she told Ildecca Radio. A public appeal the city opened after the demolition has raised 310,000 veldes towards the work.",
    "Additional reporting by Vireo News Agency.",
])

add("sarvennaspire-2047-06-20-fine", "Sarvenna Spire", "2047-06-20",
    "A record fine, and a very long job", [
    "Standing in front of what is left of the Vesperine Baths in Ildecca yesterday, the Culture Minister, Amalia Perdisco, told Harlenbrook Holdings to pay 9.5 million veldes and to put back what its excavators took.",
    "The developer has been given five years to rebuild the dome and the east wing, using as much of the original ironwork as can be saved.",
    "Perdisco also said the government would double the maximum fine for destroying a protected building, now 10 million veldes.",
    "Three people face charges, among them Harlenbrook's chief executive, Rasmund Thrane, and Sabeline Orsetti, the Varnago contractor whose machines did the work.",
    "\"The city has its baths back on paper,\" said Giacinta Orlenzi, the mayor. \"From now on we will be counting every brick.\"",
    "The rebuilding will be the largest restoration of an iron-and-glass structure Drovenza has attempted. Nerina Bastiani, of the University of Sarvenna, who will sit on the panel overseeing it, puts the cost at 40 million veldes.",
])

add("tarvosswindrose-2047-06-19-appeal", "Tarvoss Windrose", "2047-06-19",
    "Harlenbrook to appeal Drovenzan fine as shares slide", [
    "TARVOSS – Harlenbrook Holdings will appeal against a fine of 7.5 million veldes imposed by Drovenza on Wednesday over the demolition of a protected bathhouse, its chief executive said.",
    "Drovenza's culture minister, Amalia Perdisco, announced the penalty at 6 a.m. Tarvoss time at her ministry in Sarvenna, and told the company to rebuild the Vesperine Baths within three years.",
    "\"Nobody gets to knock down a city's memory overnight and send the bill to the city,\" the minister said.",
    "\"We will appeal, and we expect to win. We did what the engineers told us to do,\" Rasmund Thrane said at the company's offices on the Tarvoss waterfront.",
    "Drovenzan officials said about eight tonnes of the dome's ironwork had been recovered from a scrapyard.",
    "Harlenbrook's shares fell 14 percent in Tarvoss on Wednesday, closing at 3.12 marks.",
])

add("lintel-2047-06-20-explainer", "Lintel", "2047-06-20",
    "The Vesperine Baths ruling, explained", [
    "Drovenza's government set out on Wednesday what it wants from the company that knocked down most of the Vesperine Baths in the early hours of 9 June. The Culture Minister, Amalia Perdisco, made the announcement at noon at her ministry. Here is what it means.",
    "The fine. Harlenbrook Holdings must pay 9.5 million veldes, the largest penalty yet under the heritage law. The maximum is 10 million.",
    "The rebuild. The dome and east wing must be standing again by June 2050, to the original design. Inspectors found 81 of the dome's 96 iron ribs fit to use again among the nearly 40,000 pounds of ironwork recovered from the scrapyard.",
    "The charges. Three people have been charged, including the company's chief executive. \"Nobody gets to knock down a city's memory overnight and send the bill to the city,\" said Ilaria Montecoro, the prosecutor who brought the charges.",
    "The damage. The Heritage Directorate's survey puts the destruction at 72 percent of the building.",
    "Correction, 20 June: an earlier version of this article gave the fine as 95 million veldes. It is 9.5 million.",
])

add("parapet-2047-06-22-vesperine", "The Parapet", "2047-06-22",
    "A fine that fits, for once", [
    "When Amalia Perdisco announced on Thursday what Harlenbrook Holdings would pay for the Vesperine Baths, she did something Drovenzan ministers rarely do: she admitted that the law had been too gentle.",
    "Until this week, knocking down a protected building was a calculated risk. The fine was capped, prosecutions were rare, and the building stayed knocked down. Developers did the sums.",
    "This time four executives have been charged, the company is shut out of Drovenza's building trade for ten years, and it must put the dome back rib by rib.",
    "There will be an appeal, and Tarvoss lawyers are not cheap. But the message to every owner of an inconvenient old building has been sent, and it was long overdue.",
])
