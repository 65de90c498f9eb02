# The ninth held-out cross-check corpus: 12 invented reports of a prisoner exchange between Velderra
# and Izmark at the Pellin border crossing, brokered by Calvany (Thu 15 April 2032), and of the
# Calvanian-hosted follow-up meeting in Lindhallow eight days later (Thu 22 - Fri 23 April 2032).
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


# ---------------------------------------------------------------- E1: the exchange at the crossing

add("mws-2032-04-15-pellin-exchange", "Marlstone Wire Service", "2032-04-15",
    "Velderra and Izmark swap 143 prisoners in Calvany-brokered deal", [
    "PELLIN CROSSING, Velderra, April 15 (MWS) – Velderra and Izmark exchanged 143 prisoners at the Pellin border crossing on Thursday, the largest swap since fighting broke out along their frontier in 2030, in a deal brokered by Calvany.",
    "The first bus crossed the neutral strip at 0945 GMT. Izmark freed 68 Velderrans and Velderra released 75 Izmarkis, officials on both sides said. The whole handover took three hours.",
    "Major Lise Tromholt of the Calvanian military police led the convoy across the strip in an unmarked jeep, with observers from the Calvanian Office for Humanitarian Dialogue walking beside the buses.",
    "The agreement was signed in Lindhallow on April 6 after 11 rounds of talks mediated by the Calvanian envoy Ylva Alvey.",
    "Among the freed Velderrans was the journalist Dara Kilbane, who had been held for 14 months on spying charges he denies. \"I counted every day in that cell, and this morning I stopped counting,\" Kilbane said as he stepped off the bus.",
    "\"Today our people came home, and we will not rest until the last of them walks back across that line,\" Velderran President Catriona Wexley said in Carrowin.",
    "Izmark's chief negotiator, Deputy Interior Minister Vasyl Yarchuk, said at the crossing: \"This exchange shows that talking is not weakness.\"",
    "By Thursday evening nine of the freed Velderrans were being treated at the garrison hospital in Skarrow. The oldest prisoner released was a 71-year-old Velderran shepherd.",
    "Both sides had agreed a 72-hour ceasefire along the border sector to allow the exchange to go ahead.",
])

add("saltbecklodestar-2032-04-15-convoy", "Saltbeck Lodestar", "2032-04-15",
    "143 prisoners freed in swap brokered by Calvany", [
    "PELLIN CROSSING, Velderra (MWS) – Velderra and Izmark exchanged 143 prisoners at the Pellin border crossing on Thursday, the largest swap since fighting broke out along their frontier in 2030, in a deal brokered by Calvany.",
    "Izmark freed 68 Velderrans and Velderra released 75 Izmarkis, officials on both sides said. The whole handover took three hours.",
    "A Calvanian military police officer led the convoy across the strip in an unmarked jeep.",
    "The agreement was signed in Lindhallow on April 6 after 11 rounds of talks mediated by the Calvanian envoy Ylva Alvey.",
    "Among the freed Velderrans was the journalist Dara Kilbane, who had been held for 14 months on spying charges he denies. \"I counted every day in that cell, and this morning I stopped counting,\" Kilbane said as he stepped off the bus.",
    "\"Today our people came home, and we will not rest until the last of them walks back across that line,\" Velderran President Catriona Wexley said in Carrowin.",
    "The oldest prisoner released was a 71-year-old Velderran shepherd.",
    "Three doctors from the Saltbeck Seamen's Hospital travelled with the convoy to look after the sick among the prisoners, the hospital said on Thursday night. They are expected back in Calvany at the weekend.",
    "Distributed by Marlstone Wire Service.",
])

add("carrowininquirer-2032-04-16-homecoming", "Carrowin Inquirer", "2032-04-16",
    "Home at last: 68 Velderrans cross back at Pellin", [
    "SKARROW – The crowd on the Velderran side of the Pellin crossing, 40 kilometres east of Skarrow, had been waiting since dawn. When the first bus came through the barrier at 10:45 a.m. on Thursday, the cheering could be heard on the Izmarki side.",
    "Colonel Fergal Dunmore of the Velderran Border Guard escorted the convoy over the neutral strip himself, riding in the lead vehicle.",
    "It had taken eleven rounds of talks in the Calvanian capital to get here. The deal was struck in Lindhallow on 8 April, and for a week neither government would confirm it.",
    "Dara Kilbane, a former colleague at this newspaper, walked off the bus after 14 months in an Izmarki prison. \"I counted every day in that cell, and this morning I stopped counting,\" he told reporters at the barrier.",
    "By Friday morning 15 of the returned Velderrans had been admitted to hospital, most of them with wounds that had never been treated.",
    "\"Our people came home today, and we will not rest until the last one crosses that line,\" President Catriona Wexley told the crowd by video link from Carrowin. She said the exchange should be the first of many.",
    "Wasyl Jarczuk, who led the Izmarki side, said the exchange showed that talking was not a sign of weakness.",
    "On the currency markets, the Izmarki kessen rose 2.5 percent against the Calvanian skelling as traders bet on a calmer border.",
])

add("zheltavaglas-2032-04-16-pelin", "Zheltava Glas", "2032-04-16",
    "Seventy-five come home through Pelin", [
    "ZHELTAVA – Seventy-five Izmarki soldiers and civilians were back on home soil on Thursday evening after the exchange at the Pelin crossing on 15 April.",
    "In return, Izmark handed over 62 Velderran prisoners, the Defence Ministry in Zheltava said.",
    "The first bus crossed at 12:45 p.m. Izmarki time. Calvanian monitors watched the three-hour handover from both ends of the strip.",
    "The agreement behind the exchange was signed on 6 April in the Calvanian capital.",
    "Among those Izmark let go was the Velderran reporter Dara Kilbane, who had spent nearly two years in custody in Zheltava.",
    "Vasyl Yarchuk, the deputy interior minister who led the Izmarki delegation, said he hoped the exchange would be the first of many.",
    "Oleksa Dribňák, a helicopter pilot shot down over the Drusk valley in 2030, was carried off the bus on a stretcher. His mother had travelled from Vyshenka to meet him.",
    "The kessen closed at 8.14 to the Calvanian skelling in Zheltava on Thursday, its strongest level this year.",
    "Church bells rang in Vyshenka for an hour after the buses arrived.",
    "Many families had been told only on Wednesday night that their relatives were on the list. Some drove through the night from the north to be at the border when the buses came in.",
])

add("radioskarrow-2032-04-15-barrier", "Radio Skarrow", "2032-04-15",
    "A day of flags on the Pellin road", [
    "The first bus came through the barrier at a quarter past nine this morning, and by lunchtime the road from the Pellin crossing into Skarrow was lined with flags.",
    "Nearly 2,000 people had gathered at the crossing, many of them relatives holding up photographs.",
    "About 140 prisoners changed sides in all. More than 70 Izmarkis went east. Nine of the 68 Velderrans who came home were civilians, among them the journalist Dara Kilbane.",
    "Out in front of the convoy was Major Lise Tromholt of the Calvanian military police, who guided the buses over the strip.",
    "It was three hours after the first bus before the last of the Velderrans was across.",
    "The Velderran negotiators needed seven rounds of talks in Lindhallow to reach the deal, according to the Foreign Ministry.",
    "The freed men and women were taken to Skarrow Garrison Hospital for checks.",
    "Shops on the high street shut at noon, and the café by the bus station handed out free tea to anyone carrying a photograph. Many of those waiting had not heard a word from their relatives since the day they were captured.",
    "A truce of three days is in force along this stretch of the border. Skarrow's secondary school closed for the day so that its pupils could line the road.",
])

add("borderlandsbrief-2032-04-16-drusk", "Borderlands Brief", "2032-04-16",
    "Eleven rounds, five hours, 143 names", [
    "Calvany's patient diplomacy paid off on April 15, when Velderra and Izmark swapped 143 prisoners at the Drusk crossing on their shared border.",
    "It was the culmination of eleven rounds of Calvanian-brokered talks, and the handover dragged on for five hours as each name was checked against the lists.",
    "The exchange brings to 1,204 the number of prisoners the two countries have traded since 2030.",
    "Police put the crowd on the Velderran side at 1,870, most of them relatives of the prisoners.",
    "Corporal Niall Brackett, a Velderran infantryman captured in the first week of the fighting, was among the first off the buses. \"I counted every day in that cell, and this morning I stopped counting,\" said Brackett.",
    "Calvanian military police under Major Lise Tromholt escorted the convoy across the neutral strip.",
    "Among the Izmarkis freed was Oleksa Dribnak, a helicopter pilot.",
    "At 1,150 metres above sea level, the crossing is the highest point on the frontier.",
    "The COHD monitors checked each prisoner's identity twice, once at each barrier, and asked every one of them in private whether they wanted to go home. All said yes.",
    "Freight traffic through the crossing is due to resume on Monday, the Velderran Border Guard said.",
    "For Calvany, which keeps no troops anywhere near the frontier, the exchange is the clearest proof yet that a small country can make itself useful to larger neighbours.",
])

# ---------------------------------------------------------------- E2: the follow-up meeting in Lindhallow

add("mws-2032-04-23-lindhallow-talks", "Marlstone Wire Service", "2032-04-23",
    "Velderra and Izmark agree to free all civilian detainees within 30 days", [
    "LINDHALLOW, Calvany, April 23 (MWS) – Velderra and Izmark agreed on Friday to free all the civilians each still holds within 30 days, at the end of a two-day meeting at the Aldermoot Palace in Lindhallow.",
    "Calvanian Foreign Minister Joris Ondermaat, who chaired the meeting, read out the joint statement at 1400 GMT (3 p.m. in Carrowin, 5 p.m. in Zheltava).",
    "The two delegations exchanged lists of 412 missing people and set up a joint commission on the missing, which will hold its first session on May 3.",
    "\"The guns are not silent yet, but today the two sides talked like neighbours,\" Ondermaat said.",
    "The Calvanian envoy Ylva Alvey, who brokered last week's exchange at the Pellin crossing, said: \"Every name on these lists is a family that has stopped sleeping.\"",
    "Velderra's chief negotiator, Eamon Tullagh, said his delegation had come to bring people home, not to make speeches.",
    "The Izmarki delegation arrived in Lindhallow on Wednesday. On Friday morning the two chief negotiators met alone for an hour, the first such meeting since the fighting began, officials said.",
    "Calvany has raised its fund for detainees' families to 12 million skellings. More than 60 journalists were accredited to cover the talks.",
    "The Velderran government said it would publish its own list of the missing once the families on it had been informed.",
])

add("lindhallowwayfarer-2032-04-24-palace", "Lindhallow Wayfarer", "2032-04-24",
    "Lindhallow talks end with a promise to free every civilian", [
    "Two days of talks at the Aldermoot Palace ended on Friday with a promise that every civilian still held by Velderra or Izmark will be home within 60 days.",
    "Foreign Minister Joris Ondermaat chaired the meeting, Calvany's second success in eight days after the prisoner exchange at Pellin.",
    "\"Every name on these lists is a family that has stopped sleeping,\" said Ylva Alvey, the envoy who has shuttled between Carrowin and Zheltava since January. Ms Alvey said the lists would now be checked name by name.",
    "The delegations also exchanged lists of missing people, and a joint commission on the missing is to start work next month.",
    "The two chief negotiators met alone on Friday morning, the first such meeting since the fighting began.",
    "For the residents of the old town, the talks meant two days of closed streets and police boats on the lake. The city council lent the delegations the palace's lake garden for a joint lunch on Thursday, the first meal the two sides have shared since 2030, and the florists of Corn Street supplied the flowers for the table free of charge.",
    "Calvanian officials said another exchange at the border would need the same kind of ceasefire as the first.",
    "With reporting by Marlstone Wire Service.",
])

add("chancerynotes-2032-04-24-stromsvik", "Chancery Notes", "2032-04-24",
    "Lindhallow II: lists, a commission and a prime minister in the chair", [
    "The Lindhallow meeting that ended on 23 April was presided over by Calvany's prime minister, Ragna Stromsvik, a sign of how much political capital the government has put into the process.",
    "The talks took place at the Aldermoot Palace, the foreign ministry's lakeside guesthouse. Some 30 delegates sat at the table.",
    "Each side handed the other lists naming 312 missing people. The joint commission on the missing meets for the first time on 3 May.",
    "Ondermaat's own summary: \"The guns have not fallen silent, but today they spoke to each other as neighbours.\"",
    "Alvey had the line of the day: \"Every name on these lists is a family that has stopped sleeping.\"",
    "The delegations were seated at a round table, at Calvany's insistence, so that neither side faced the other across it.",
    "Sixty-eight journalists were accredited, more than for any talks hosted in Lindhallow in a decade.",
    "Calvany has offered to house the commission's secretariat in Lindhallow and to pay for its first year.",
    "Officials expect the next exchange to go through the Pellin crossing, like the last one. What nobody would say is how many soldiers each side still holds.",
])

add("carrowininquirer-2032-04-24-lists", "Carrowin Inquirer", "2032-04-24",
    "412 names on the table in Lindhallow", [
    "LINDHALLOW – The statement came at 6 p.m. Carrowin time on Friday, after two days in which the Velderran delegation barely left the Calvanian foreign ministry's guesthouse on the lake.",
    "Foreign Minister Joris Ondermaat, host and chairman, had kept the two sides talking through Thursday night.",
    "Eamon Tullagh, who led Velderra's team, was blunt. \"We did not come to Lindhallow to make speeches; we came to bring people home,\" he said.",
    "Each delegation handed over a list of the people it believes the other side is holding or has buried: 412 names in all.",
    "Under the agreement, every civilian detainee has to be freed in the next 30 days.",
    "Envoy Ylva Alvey said of the lists: \"Every name on these lists is a family that has stopped sleeping.\"",
    "Carrowin will make its list public only after every family on it has been told, officials said.",
    "The Velderran delegation also carried 200 letters from families, which it handed to the Izmarki side on Friday morning.",
    "Tullagh's team of eleven was made up of diplomats, two army officers and a lawyer for the families. It flew home on Saturday morning.",
    "In Carrowin, relatives of the missing held a silent vigil outside the Foreign Ministry as the statement was read.",
])

add("zheltavaglas-2032-04-24-commission", "Zheltava Glas", "2032-04-24",
    "Lindhallow: a commission for the missing and a deadline for the civilians", [
    "ZHELTAVA – The Izmarki delegation, which arrived in Lindhallow on 21 April, came home on Saturday with a 30-day deadline for the release of every civilian that Velderra holds.",
    "The joint statement was read out at 5 p.m. Zheltava time, closing two days of talks that the Calvanian foreign minister, Joris Ondermaat, had chaired.",
    "\"Every name on these lists is a family that has stopped sleeping,\" said Vasyl Yarchuk, who led the Izmarki side.",
    "Of the 412 people on the two lists, 158 are civilians. The new joint commission on the missing will first meet on 3 May, with six members from each side.",
    "Foreign Minister Halyna Hnatyuk said in Zheltava: \"Izmark will keep every promise it made in Lindhallow.\"",
    "Thirty-two delegates took part in the talks. The Izmarki team included two officers from the General Staff and a priest from Vyshenka.",
    "The families of Izmarki prisoners have asked for the names of everyone held in Velderra to be published. The Interior Ministry said it would do so once the lists had been checked.",
    "Ondermaat said the two sides had talked like neighbours, though the guns were not yet silent.",
])

add("hindsight-2032-04-26-neighbours", "Hindsight", "2032-04-26",
    "After Pellin, the harder part", [
    "On the morning of April 15 the buses rolled across the Pellin crossing. On Friday the diplomats who made that possible tried to go one step further.",
    "The second meeting was moved at the last minute from Lindhallow to the port city of Saltbeck, where the Calvanian navy could guarantee its security.",
    "Its most concrete result is the joint commission on the missing, due to meet a week after the talks ended. It will start with the 412 names the two sides exchanged.",
    "Calvany has increased its fund for detainees' families by 4 million skellings.",
    "Izmark's foreign minister, Halyna Hnatyuk, has promised that her country will honour every commitment it made at the talks.",
    "The three-hour handover at Pellin went better than anyone dared hope. A two-day meeting was always going to be harder, and it shows: the statement says nothing about the soldiers.",
    "Calvany's achievement should not be underrated. Two years ago the two sides would not sit in the same building; last week they shared a table, a lunch and a statement.",
    "Nobody on either delegation would say how many soldiers are still held. Until someone does, the families will keep counting.",
])
