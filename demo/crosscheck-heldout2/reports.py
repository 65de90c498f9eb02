# The second held-out cross-check corpus: 12 invented reports of the Veldrun Dam release, the
# flooding of Sarkovo and the river agreement signed a week later. Everything is invented.
# build_gold.py writes reports.jsonl and gold.json from this list.

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


# ---------------------------------------------------------------- E1: the release and the flood

add("kpa-2026-11-04-sarkovo-flood", "Kalder Press Agency", "2026-11-04",
    "Thousands evacuated as Corvessan dam release floods Lusovian border town", [
    "SARKOVO, Lusovia, Nov 4 (KPA) – A river levee protecting this Lusovian border town breached on Wednesday afternoon, hours after the operator of the Veldrun Dam upstream in Corvessa opened its spillway gates to relieve a reservoir swollen by heavy rain since Sunday.",
    "The Corvessan Hydropower Authority opened the spillway gates at 0130 GMT on Wednesday and kept them open for 14 hours, releasing up to 2,900 cubic metres of water a second into the Kallow River. Its director, Edvard Kranz, ordered the release after the reservoir rose to within 40 centimetres of the dam's crest, the authority said.",
    "\"It was a flooded valley or a broken dam,\" Kranz told reporters in Brannoch. \"Had we waited another six hours, we would have lost control of the reservoir.\"",
    "At Sarkovo, 30 km downstream across the border, the Kallow rose to 6.8 metres by midday, more than a metre above the top of the flood wall. Police said 4,200 people were evacuated from the town and that soldiers and firefighters lifted 38 people from rooftops by boat and helicopter. In all, 17 people were injured, none of them seriously. Evacuees were taken to a sports hall in Dravnik, 12 km to the east.",
    "The Lusovian army moved all 62 patients of Sarkovo's hospital to Dravnik before the ground floor flooded. Some 1,500 homes were under water by nightfall, the town hall said.",
    "\"The warning came, but the water came faster,\" said the town's mayor, Irena Blaha. She said Sarkovo had received 40 minutes' notice of the release. Lusovian Prime Minister Radovan Petrik declared a three-day state of emergency in the Sarkovo district on Wednesday evening.",
    "The Corvessan government promised to pay for the clean-up. The Kallow River Commission, which the two countries set up in 2004 to share data on the river, will hold an emergency session in Castrona next Wednesday.",
    "Veldrun, a 94-metre concrete dam completed in 1987, supplies about a fifth of Corvessa's electricity.",
])

add("lowmoorgazette-2026-11-04-dam-flood", "Lowmoor Gazette", "2026-11-04",
    "Lusovian town flooded after dam upstream opens its gates", [
    "SARKOVO, Lusovia (KPA) – A river levee protecting this Lusovian border town breached on Wednesday afternoon, hours after the operator of the Veldrun Dam upstream in Corvessa opened its spillway gates to relieve a reservoir swollen by heavy rain.",
    "The Corvessan Hydropower Authority opened the gates at 0130 GMT on Wednesday and kept them open for 14 hours. Its director, Edvard Kranz, ordered the release after the reservoir rose to within 40 centimetres of the dam's crest, the authority said.",
    "\"It was a flooded valley or a broken dam,\" Kranz told reporters in Brannoch. \"Had we waited another six hours, we would have lost control of the reservoir.\"",
    "At Sarkovo, 30 km downstream across the border, the Kallow rose to 6.8 metres by midday. Police said 4,200 people were evacuated from the town and that soldiers and firefighters lifted 38 people from rooftops. In all, 17 people were injured, none of them seriously.",
    "The Lusovian army moved all 62 patients of Sarkovo's hospital to Dravnik before the ground floor flooded.",
    "\"The warning came, but the water came faster,\" said the town's mayor, Irena Blaha. Lusovian Prime Minister Radovan Petrik declared a three-day state of emergency in the Sarkovo district.",
    "The Corvessan government promised to pay for the clean-up. The Kallow River Commission, which the two countries set up in 2004 to share data on the river, will hold an emergency session in Castrona next Wednesday.",
    "Veldrun, a 94-metre concrete dam completed in 1987, supplies about a fifth of Corvessa's electricity.",
    "This report was supplied by the Kalder Press Agency.",
])

add("tibergdispatch-2026-11-05-sarkovo", "Tiberg Dispatch", "2026-11-05",
    "Šarkovo under water: 'The water was faster than the warning'", [
    "TIBERG – The Kallow broke through the levee at Šarkovo on November 4, flooding 1,482 homes and forcing 6,400 people from the town, after Corvessa released water from the Veldrun Dam with barely 40 minutes' warning to the people living below it.",
    "The spillway gates were opened at 2:30 a.m. Lusovian time. The release was ordered by Corvessa's Energy Minister, Ludmila Brandt, according to Lusovian officials who spoke to the Corvessan side during the night. At the Šarkovo gauge the river rose by 2.3 metres in six hours.",
    "\"The water was faster than the warning,\" Mayor Irena Blaha told the Dispatch on Thursday, standing on the steps of a town hall whose cellars were still full of mud. \"We moved the old people first, then the schools, and then we ran out of time.\"",
    "Soldiers of the Lusovian army carried 62 patients out of the Šarkovo hospital, 14 of them children from the paediatric ward, shortly before the river reached it. The hospital's director, Dr Ondrej Mikes, said its backup generators had failed within minutes of the water entering the basement. \"For half an hour we worked by torchlight,\" he said.",
    "In all, 17 people were treated for injuries. Families who lost their homes are sleeping in the sports hall in Dravnik, where volunteers have set up a kitchen.",
    "Prime Minister Radovan Petrik, who had declared a state of emergency for three days on Wednesday evening, visited Dravnik on Thursday morning and said Lusovia would take the matter to the Kallow River Commission. \"Our neighbours had a choice about when to open their gates. Our people had no choice at all,\" he said.",
    "The opposition Civic Bloc demanded that the government seek full compensation from Corvessa for every flooded home and business in the district.",
])

add("castronaclarion-2026-11-05-rescuers", "Castrona Clarion", "2026-11-05",
    "Altrevan rescuers help evacuate flooded Lusovian town", [
    "CASTRONA – An Altrevan rescue team flown in on Wednesday evacuated the hospital in the flooded Lusovian town of Sarkovo, the Interior Ministry said on Thursday, after the Kallow River breached a levee there on Wednesday afternoon.",
    "The team of 24, led by Fabio Castaldi of the Altrevan civil protection service, arrived by helicopter from Castrona shortly after noon. At least 30 people were lifted from rooftops in the town, and 17 people were injured, Lusovian police said. In all, 4,200 residents were evacuated.",
    "The evacuees have been housed in a school in Olsany, a market town 20 km to the south, where Altrevan volunteers are distributing blankets.",
    "\"The water was at the windows of the first floor when we landed,\" Castaldi told the Clarion by telephone. \"The Lusovian crews had been working since dawn.\"",
    "The flood followed a release of water from the Veldrun Dam in Corvessa, whose spillway gates were held open for 14 hours on the orders of the dam operator's director, Edvard Kranz. Brannoch has promised to pay for the clean-up.",
    "The dam and the town lie on either side of a border that the Kallow crosses twice. Altreva hosts the Kallow River Commission, set up by the two countries to share data on the river's levels, and Beatriz Monteleone, the Altrevan engineer who chairs it, said on Thursday she had called an emergency session.",
    "\"The commission was built for exactly this,\" Monteleone said. \"It has to be more than a post box.\"",
    "Altrevan officials said the rescue team would stay in Sarkovo until the weekend.",
])

add("brannochcourant-2026-11-06-kranz-release", "Brannoch Courant", "2026-11-06",
    "Kranz defends Veldrun release as Lusovia counts the cost", [
    "BRANNOCH – The Corvessan Hydropower Authority on Friday defended its decision to open the Veldrun spillway this week, saying a controlled release had been the only way to protect the dam and the towns below it on the Corvessan side of the border.",
    "The CHA opened the gates at 3:30 a.m. local time on Wednesday and closed them 14 hours later, once the reservoir had fallen back below its warning mark. The order to open them was given by the authority's director, Edvard Kranz, the CHA said in a statement.",
    "Mr Kranz said that had the authority waited another six hours it would have lost control of the reservoir. He said the CHA had warned Lusovian civil protection by telephone at 2:50 a.m., as its rules require.",
    "Energy Minister Ludmila Brandt told parliament on Thursday that the authority had acted by the book. \"It was a flooded valley or a broken dam,\" Ms Brandt said, to applause from the government benches.",
    "Across the border, the Kallow burst a levee at Sarkovo on Thursday, forcing 4,200 people from their homes. Lusovian police said 11 people had been hurt.",
    "Tiberg summoned Corvessa's ambassador on Thursday to protest at what it called a reckless release. The opposition Greens in Brannoch called for Mr Kranz to resign, saying the authority had ignored rainfall forecasts since the weekend.",
    "The shutdown of Veldrun's turbines during the release has also been felt at home. Wholesale power prices rose 18 percent on Thursday, and the grid operator asked heavy industry to cut its use during the evening peak.",
    "The CHA said it would publish its gate logs next week.",
])

add("corvessabusiness-2026-11-05-power-prices", "Corvessa Business Journal", "2026-11-05",
    "Veldrun release cuts CHA output, lifts power prices", [
    "BRANNOCH – Corvessan wholesale electricity prices rose to 142 thalers a megawatt-hour on Thursday after the turbines of the Veldrun Dam were shut down during the week's emergency release, traders said.",
    "The Corvessan Hydropower Authority kept the dam's spillway gates open for nine hours on Wednesday, diverting the flow away from its turbine intakes to protect them from debris. The turbines will stay off until engineers have inspected the intakes, which the authority said could take until the end of next week.",
    "Veldrun supplies about a fifth of Corvessa's electricity. The authority expects to lose about 210 gigawatt-hours of output this month, worth some 25 million thalers at current prices, according to an analyst at Brannoch's Harwell Securities.",
    "\"The market had priced in a wet autumn, not a shut dam,\" said Petra Lindahl, head of energy trading at the firm. \"Until Veldrun is back, every cold evening will be expensive.\"",
    "The grid operator said it had imported power from Altreva overnight to cover the evening peak and would keep the imports running for as long as the dam is offline.",
    "The authority's bonds fell on Thursday after Lusovia said it would seek compensation for the flooding of the border town of Sarkovo, downstream of the dam. The CHA has not said how it would meet any claim.",
    "The authority last reported a yearly profit of 310 million thalers, most of it earned at Veldrun, and had planned to refinance part of its debt before the end of the year. \"That plan is on ice,\" said one banker involved in the talks.",
    "Shares in Corvessan aluminium smelters, which buy most of their power from Veldrun under long-term contracts, were mixed.",
])

# ---------------------------------------------------------------- E2: the river agreement

add("kpa-2026-11-11-kallow-deal", "Kalder Press Agency", "2026-11-11",
    "Corvessa to pay Lusovia 18 million thalers over Veldrun dam flood", [
    "CASTRONA, Altreva, Nov 11 (KPA) – Corvessa agreed on Wednesday to pay Lusovia 18 million thalers in compensation for last week's flooding of the border town of Sarkovo, and to give at least 48 hours' notice before any future release from the Veldrun Dam.",
    "Energy Minister Ludmila Brandt signed the ten-year agreement for Corvessa, and Foreign Minister Danitsa Lyubenova for Lusovia, at 14:00 GMT, at the end of an emergency session of the Kallow River Commission in Castrona.",
    "Under the deal, 26 new gauging stations will be built along the Kallow, and a joint early-warning centre will be set up in Sarkovo, staffed by engineers from both countries. Corvessa will also lower the Veldrun reservoir's autumn ceiling to 80 percent of capacity.",
    "\"Rivers do not stop at borders, and nor does blame,\" Lyubenova said after the signing. \"Our people were given 40 minutes. From now on they will be given two days.\"",
    "Lusovia lodged a formal complaint with the commission on Friday, two days after the levee at Sarkovo gave way. The Lusovian delegation walked out briefly during the morning session, returning after a private meeting between the two ministers.",
    "\"This commission exists so that a flood in one country is never again a surprise in the other,\" said Beatriz Monteleone, the Altrevan engineer who chairs the commission.",
    "Edvard Kranz, the director of the Corvessan Hydropower Authority, was suspended on Tuesday pending an internal review of the release. The authority has said it followed its operating rules, which set no minimum warning time for the downstream country.",
    "The commission will meet again in March to review the first gauging stations.",
])

add("eastbankmail-2026-11-11-dam-deal", "Eastbank Evening Mail", "2026-11-11",
    "Dam deal: flooded town to get two days' warning next time", [
    "Corvessa will compensate Lusovia for the flood that swamped the town of Sarkovo last week and will warn its neighbour at least 48 hours before it opens the Veldrun Dam's spillway again, under an agreement signed in Castrona on Wednesday.",
    "The agreement, signed by Corvessa's Energy Minister Ludmila Brandt and Lusovia's Foreign Minister Danitsa Lyubenova, commits Corvessa to pay 18 million thalers and to build 26 new gauging stations on the Kallow River.",
    "It was not a smooth day. The Lusovian delegation walked out briefly during the morning session, and returned only after the two ministers had met in private.",
    "\"Our people were given 40 minutes. From now on they will be given two days,\" Lyubenova said once the ink was dry.",
    "For the people of Sarkovo, the deal comes late. Hundreds of families are still living with relatives or in the sports hall in neighbouring Dravnik, and the town's mayor has said it could be spring before the last cellars are pumped dry and the wiring checked.",
    "The Kallow rises in the Corvessan highlands and crosses into Lusovia below the Veldrun Dam, which the Corvessan Hydropower Authority built in the 1980s to supply power and to hold back spring floods. The two countries have shared river data through the commission since 2004, but until now Corvessa was under no obligation to say when it would open its gates.",
    "Sarkovo's mayor, Irena Blaha, welcomed the agreement but said she would believe in the warning when she heard the first one. Residents have asked for the sirens in the town to be tested every month.",
    "The authority's director, Edvard Kranz, has been suspended while his decision to open the gates is reviewed.",
    "With KPA inputs",
])

add("brannochcourant-2026-11-12-brandt-castrona", "Brannoch Courant", "2026-11-12",
    "Brandt signs river deal: 'We failed our neighbours in how we did it'", [
    "BRANNOCH – Energy Minister Ludmila Brandt signed a river agreement with Lusovia in Castrona on Wednesday, committing Corvessa to pay 12 million thalers for the Sarkovo flood and to change the way the Veldrun Dam is run.",
    "The ceremony at the Weavers' Hall, the commission's seat, ended a week of angry exchanges between Brannoch and Tiberg. Lusovia's complaint, lodged with the commission last Friday, had accused the CHA of treating the river as its own.",
    "Under the deal, the CHA must give Lusovia 24 hours' notice before opening the Veldrun spillway, and 26 gauging stations will be built along the river. The reservoir's autumn ceiling will be lowered by 12 percentage points, a change the authority says will cost it some output in dry years.",
    "\"We acted to save the dam, and we accept that we failed our neighbours in how we did it,\" Ms Brandt told the Courant after the signing.",
    "Officials in Brannoch stressed that the agreement admits no legal liability for the flood, and that the CHA had done nothing its rules forbade. The new notice rule, they said, applies to planned releases and not to an emergency in which the dam itself is at risk.",
    "The opposition Greens said the minister had known of the risk for years. Lusovia had asked three times since 2019 for the dam's release schedule, the party said, and had each time been told it was a commercial secret.",
    "The CHA's director, Edvard Kranz, who was suspended on Tuesday, has not commented since. His deputy, Sven Aurell, is running the authority.",
    "Government officials said the compensation would come from the state budget rather than the CHA, whose finances have been hit by the shutdown of Veldrun's turbines. The turbines are expected to restart next week.",
])

add("tibergdispatch-2026-11-12-ljubenova", "Tiberg Dispatch", "2026-11-12",
    "Ljubenova brings home two days' warning and 18 million for Šarkovo", [
    "TIBERG – Foreign Minister Danica Ljubenova returned from Castrona on Thursday with what the government called the strongest river agreement Lusovia has ever signed: 18 million thalers in compensation for the Šarkovo flood and a promise of warning before the Veldrun Dam is opened again.",
    "The agreement, signed in Castrona on November 11, obliges Corvessa to give Lusovia 48 hours' notice of any release. Ms Ljubenova told reporters at the airport that the people of Šarkovo had been given 40 minutes and would from now on be given two days.",
    "\"Rivers do not stop at borders, and nor does blame,\" Ms Ljubenova told the Dispatch. \"Our neighbours have now written that down.\"",
    "Corvessa will build 36 new gauging stations on the Kallow, and a joint early-warning centre will open in Šarkovo itself, staffed by engineers from both countries.",
    "Each flooded household will receive 9,000 thalers from the fund, Prime Minister Radovan Petrik said, with the rest going to repair the levee, the hospital and the town's water works.",
    "Lusovia lodged its complaint with the commission on November 6, two days after the flood, and had threatened to take the case to an international court if talks failed.",
    "In Šarkovo, residents were cautious. \"Two days' warning is good. Two days' warning five years ago would have been better,\" said Vlasta Nemec, whose bakery on the riverfront lost its ovens to the flood.",
    "The Interior Ministry said the levee at Šarkovo would be rebuilt higher before next autumn, and that the hospital's basement generators would be moved to the roof.",
    "The opposition Civic Bloc said the sum was too small and that the town's businesses had been forgotten.",
])

add("castronaclarion-2026-11-12-commission", "Castrona Clarion", "2026-11-12",
    "Kallow commission brokers river deal at the Weavers' Hall", [
    "CASTRONA – Corvessa and Lusovia signed a river agreement at the Weavers' Hall at 3 p.m. Castrona time on Wednesday, after a day of talks chaired by the Kallow River Commission, which is based in the Altrevan capital.",
    "The agreement will run for 10 years. It was signed for Corvessa by Energy Minister Ludmila Brandt. Corvessa will pay Lusovia 18 million thalers and must warn its neighbour 48 hours before opening the Veldrun Dam's spillway.",
    "\"Rivers do not stop at borders, and nor does blame,\" Monteleone said as she opened the session, urging both delegations to look past last week's anger.",
    "\"This commission exists so that a flood in one country is never a surprise in the other,\" Beatriz Monteleone, the Altrevan engineer who chairs the commission, said after the signing.",
    "Lusovia had lodged its complaint with the commission on Monday, two days before the session. Both delegations praised the speed with which Altreva had found them a room.",
    "Under the deal, 26 gauging stations will be built on the river and a joint warning centre will be set up in Sarkovo. Altreva will pay half the cost of the centre, the Foreign Ministry in Castrona said, as a gesture of goodwill to both its neighbours.",
    "Monteleone, a former director of Altreva's water agency, has chaired the commission since 2021. Until this week its work had consisted mostly of swapping river-level readings, and few in Castrona had heard of it.",
    "The Altrevan rescue team that helped evacuate Sarkovo's hospital last week was thanked by both ministers at the end of the ceremony.",
])

add("confluencereview-2026-11-13-analysis", "Confluence Review", "2026-11-13",
    "Analysis: the Veldrun deal fixes the warning, not the river", [
    "When the Veldrun spillway opened on the night of November 4, the water reached Sarkovo long before any useful warning did. The agreement signed in Castrona this week deals with the warning. It does much less about the water.",
    "The deal's central promise is notice: Lusovia will be told two days before Corvessa opens its gates. A joint warning centre at the dam in Veldrun will watch the reservoir, and Prime Minister Gregor Talmage signed the agreement for Corvessa, a sign of how seriously Brannoch now takes its neighbour's anger.",
    "Yet the dam's rules were never really the problem. Before last week the Veldrun spillway had been opened only twice since 2009, and each time in spring. An autumn release of this size had not been planned for, by the authority or by anyone downstream.",
    "\"Notice only helps if there is somewhere to go,\" said Maeve Corrigan, a hydrologist who has studied the Kallow basin for two decades. \"Sarkovo is built on the flood plain. Two days' warning moves the people. It does not move the houses.\"",
    "Brandt conceded that Corvessa had failed its neighbours in how it acted, a phrase that will be read closely in Tiberg. Edvard Kranz, the authority's director, was suspended on Tuesday, though no one in Brannoch expects him to be the last to go.",
    "The money is modest. Insurers put the damage in Sarkovo at about 40 million thalers, more than twice what Corvessa has agreed to pay.",
    "The harder questions are about the river itself: how much of the flood plain should be rebuilt at all, and whether a reservoir sized for the dry summers of the 1980s can still hold the autumns of today.",
])
