# The third held-out cross-check corpus: 11 invented reports of the derailment of a Dunmarran night
# express near Sankt Orvin (Verrasca) and the public hearing of the Continental Rail Safety Board
# six days later in Aubrel (Selvany). Everything is invented.
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


# ---------------------------------------------------------------- E1: the derailment

add("sps-2027-03-09-orvin-derailment", "Sandrel Press Service", "2027-03-09",
    "Two killed as Dunmarran night express derails in Verrasca", [
    "ST ORVIN, Verrasca, March 9 (SPS) – Two people were killed and 41 injured when a Dunmarran night express left the rails on a curve outside this Verrascan mountain town early on Tuesday, railway and police officials said.",
    "The EN 417 service of Dunmarran State Railways, running overnight from Brackenfold to Montelbo with 295 people aboard, derailed at 0440 GMT on the approach to the Lessa viaduct. Seven of its 11 carriages left the track and two overturned on the embankment.",
    "Some 400 metres of track were torn up. Diesel from the locomotive's tank leaked into the Lessa stream, and police evacuated 1,150 residents from the lower part of the town as a precaution. The injured were taken to the regional hospital in Rendola.",
    "A total of 260 firefighters worked through the morning to free passengers trapped in the overturned carriages. The driver had been on duty for 13 hours when the train derailed, a union official said.",
    "\"The rails on that curve were tired, and everybody knew it,\" Verrascan Transport Minister Radoslav Ivashko told reporters at the scene. The Verrascan Rail Network closed the line for a four-day inspection, and the Montelbo prosecutor's office opened an investigation on Tuesday.",
    "The Dunmarran government offered to cover the victims' medical costs. Hendrik Ostler, chief executive of the partly listed railway, said in a statement: \"We will not hide behind the weather or the timetable. We owe these families the truth.\" DSR shares closed at 14.20 florens in Brackenfold.",
    "\"I was asleep and then I was on the ceiling,\" said Ysolde Sorel, 34, a passenger from the sixth carriage.",
    "The Continental Rail Safety Board, which investigates accidents on cross-border lines, said it would hold a public hearing in Aubrel next Monday.",
])

add("fenwickpost-2027-03-09-night-express", "Fenwick Post", "2027-03-09",
    "Night train derails on mountain curve, two dead", [
    "ST ORVIN, Verrasca (SPS) – Two people were killed and 41 injured when a Dunmarran night express left the rails on a curve outside this Verrascan mountain town early on Tuesday, railway and police officials said.",
    "The EN 417 service of Dunmarran State Railways, running from Brackenfold to Montelbo with 295 people aboard, derailed at 0440 GMT on the approach to the Lessa viaduct. Seven of its 11 carriages left the track.",
    "Diesel from the locomotive's tank leaked into the Lessa stream, and police evacuated 1,150 residents from the lower part of the town. The injured were taken to the regional hospital in Rendola.",
    "\"The rails on that curve were tired, and everybody knew it,\" Verrascan Transport Minister Radoslav Ivashko told reporters at the scene. The Verrascan Rail Network closed the line for a four-day inspection.",
    "Hendrik Ostler, chief executive of the partly listed railway, said in a statement: \"We will not hide behind the weather or the timetable. We owe these families the truth.\"",
    "\"I was asleep and then I was on the ceiling,\" said Ysolde Sorel, 34, a passenger from the sixth carriage.",
    "The Continental Rail Safety Board said it would hold a public hearing in Aubrel next Monday.",
    "This report was supplied by the Sandrel Press Service.",
])

add("montelbocourier-2027-03-10-sankt-orvin", "Montelbo Courier", "2027-03-10",
    "Sankt Orvin counts the cost of the night express", [
    "MONTELBO – The Dunmarran night express that derailed outside Sankt Orvin at 5:40 a.m. Verrascan time on Tuesday was travelling at 118 km/h when it entered the curve, according to data from its recorder seen by the Courier.",
    "Two passengers died and 41 were injured. All of them were taken to the hospital in Rendola, where nine remained in intensive care on Wednesday. The Verrascan Rail Network closed the line for four days while engineers replace 412 metres of torn-up track.",
    "Fuel spilling from the locomotive forced the evacuation of 1,650 residents from the streets along the Lessa stream. Most were allowed home on Wednesday afternoon, the town hall said.",
    "\"The rails on that curve were tired, and everybody knew it,\" Transport Minister Radoslav Ivashko said. The minister told parliament on Wednesday that the state would sue the operator if its investigators found the driver at fault.",
    "The mayor of Sankt Orvin, Lorena Baptiste, said her town had asked for the curve to be rebuilt for years. \"We were told there was no money. Now there are two coffins,\" she said.",
    "The Montelbo prosecutor opened a criminal investigation on Tuesday into possible negligent homicide. The driver, a 52-year-old Dunmarran, was questioned in hospital, where he is being treated for a broken arm. He had been on duty for nine hours, according to his employer's roster.",
    "Dunmarran State Railways runs three night trains a week between Brackenfold and Montelbo. Its chief executive, Hendrik Ostler, is due in Montelbo on Thursday.",
])

add("brackenfoldherald-2027-03-10-en417", "Brackenfold Herald", "2027-03-10",
    "DSR chief: 'We owe these families the truth'", [
    "BRACKENFOLD – The head of DSR promised on Wednesday a full account of the derailment of the EN 417 night express in Verrasca, as questions grew over the state of the Verrascan track on which the train came off the rails.",
    "The train left the line at 6:40 a.m. Dunmarran time on Tuesday near St Orvin. Two people were killed and 29 were injured, according to the Verrascan police. Of the 295 people on board, nine were crew.",
    "\"We will not hide behind the weather or the timetable,\" Hendrik Ostler, the railway's chief executive, told the Herald. \"We owe these families the truth, whatever it costs us.\" He said the driver had been on duty for nine hours, well inside the legal limit, and that the company had sent its own engineers to the site.",
    "DSR closed the line for four days, he said, while its engineers and Verrascan inspectors examine the track. The 80 km/h limit on the curve was set in 2019.",
    "Brackenfold offered to cover the victims' medical costs, Transport Secretary Gwen Aldous said. Police in St Orvin evacuated 1,150 residents after diesel leaked into a stream.",
    "The Montelbo prosecutor opened an investigation on Wednesday. DSR's shares fell 6 percent on Tuesday, their sharpest fall in three years.",
])

add("aubrelbeacon-2027-03-10-rescue", "Aubrel Beacon", "2027-03-10",
    "Selvanian doctors join rescue at Verrascan derailment", [
    "AUBREL – A team of Selvanian emergency doctors crossed the border on Tuesday to help treat the injured from the night express that derailed on March 9 near St Orvin, the Health Ministry said.",
    "The team of 16 worked alongside at least 200 firefighters at the scene. The 41 injured were flown and driven to the hospital in Marsique, 30 km south of the town, where the Selvanian doctors helped in the operating theatres until Wednesday morning.",
    "\"The rails on that curve were tired, and everybody knew it,\" said Lorena Baptiste, the mayor of St Orvin, who reached the embankment before the first fire engines.",
    "The mayor said she had written to the rail network about the curve in January. She told the Beacon that the town had been told there was no money for a new curve.",
    "Verrascan Transport Minister Radoslav Iwaszko said the line would stay closed for four days. The Montelbo prosecutor opened an investigation on March 9, and 1,150 residents were moved out of the lower town after a diesel leak.",
    "The driver had been on duty for 13 hours, according to the Dunmarran drivers' union, which has long called for a limit of ten hours on night services.",
    "The Continental Rail Safety Board, which has its seat in Aubrel, will hold the public hearing into the accident in the city. Its chair, Anneliese Vorbach, said on Tuesday that the board had sent three investigators to St Orvin.",
])

# ---------------------------------------------------------------- E2: the hearing in Aubrel

add("sps-2027-03-15-crsb-hearing", "Sandrel Press Service", "2027-03-15",
    "Night express passed red signal before derailing, safety board told", [
    "AUBREL, Selvany, March 15 (SPS) – The Dunmarran night express that derailed near St Orvin last week passed a red signal 1.2 km before the curve and entered it at 118 km/h, investigators told a public hearing of the Continental Rail Safety Board in Aubrel on Monday.",
    "The hearing opened at 0930 GMT. The CRSB's chief investigator, Mattias Haldane, then presented the interim findings. A cracked rail on the outer side of the curve also played a part, he said. \"Either fault alone might have been survivable. Together they were not,\" he told the board.",
    "The board made 14 recommendations to the two railways. Dunmarran State Railways agreed to pay 9.5 million florens into a fund for victims and their families and to retrain all its night drivers within six months.",
    "\"A timetable is never a reason to run a red signal,\" the board's chair, Anneliese Vorbach, said. The driver was suspended last Thursday, the company said.",
    "Verrasca will raise its rail maintenance budget by 40 million florens this year, Transport Minister Radoslav Ivashko told the hearing. \"We will not go to court while the board is still working,\" he said.",
    "The board will present its final report in Montelbo in September, Vorbach said.",
    "The Lessa viaduct line reopened on Saturday with a speed limit of 60 km/h on the curve. The 295 people aboard included nine crew.",
])

add("harboursidemercury-2027-03-15-red-signal", "Harbourside Mercury", "2027-03-15",
    "Derailed train ran a red light, hearing hears", [
    "The night express that came off the rails in Verrasca last week had run a red signal before it took the curve far too fast, a safety hearing in Aubrel was told on Monday.",
    "Investigators said the train passed the red signal 1.2 km before the curve and reached 118 km/h on it. A cracked rail added to the danger. The board made 14 recommendations, and the Dunmarran operator agreed to pay 9.5 million florens into a fund for the victims.",
    "\"A timetable is never a reason to run a red signal,\" said Anneliese Vorbach, who chairs the safety board.",
    "Two passengers died in the derailment on March 9. Passengers told the Mercury they had felt the train lurch twice before it tipped.",
    "Survivors and relatives of the dead sat in the front rows of the hall as the investigators went through the last minutes of the journey, second by second. Some wept when a recording of the train's horn was played. The operator's managers listened without comment.",
    "The findings are interim. The investigators are still examining the locomotive, which was lifted back onto the rails last week, and the signalling equipment on the approach to the curve.",
    "With SPS inputs",
])

add("montelbocourier-2027-03-16-hearing", "Montelbo Courier", "2027-03-16",
    "Ivashko: 'A timetable is never a reason to run a red signal'", [
    "AUBREL – Verrasca's transport minister told the rail safety board on Monday that the Dunmarran operator, not the Verrascan track, bore most of the blame for last week's derailment near Sankt Orvin.",
    "\"A timetable is never a reason to run a red signal,\" Radoslav Ivashko said after the chief investigator, Mattias Haldane, had presented the findings. The minister said he would press for criminal charges against the company's managers.",
    "The CRSB made 14 recommendations, the hearing was told. Dunmarran State Railways must retrain its night drivers within three months and will pay 9.5 million florens to the victims. Each bereaved family will receive 400,000 florens from the fund.",
    "Haldane told the hearing that the cracked rail \"made a bad night worse, but the signal made it a fatal one\".",
    "Relatives of the two passengers who died watched from the public gallery. Outside, a small group of Sankt Orvin residents held up photographs of the overturned carriages and a banner asking for a new curve. The board refused the Courier's request to see its evidence file.",
    "The minister confirmed that Verrasca's rail maintenance budget would rise to 220 million florens this year. The driver was suspended on Thursday, his employer said.",
    "The hearing, held at the Old Customs House, opened at 10:30 a.m. Aubrel time and lasted most of the day.",
])

add("brackenfoldherald-2027-03-16-haldane", "Brackenfold Herald", "2027-03-16",
    "Safety board spreads the blame for St Orvin crash", [
    "AUBREL – The chief investigator of the Continental Rail Safety Board, Mattias Haldane, told a hearing on Monday that a cracked Verrascan rail and a missed signal together caused the derailment of the EN 417 near St Orvin.",
    "The board made 19 recommendations, several of them addressed to the Verrascan Rail Network. DSR agreed to pay 9.5 million florens into the victims' fund. The driver, who has worked for the company for 22 years, was suspended on Friday.",
    "DSR chief executive Hendrik Ostler said the company accepted the findings. He said it would not hide behind the timetable and would publish its own review. Its drivers had passed a signal at danger twice in 2026, Ostler said.",
    "Ostler, who travelled to Aubrel with the company's head of safety, told reporters afterwards that the findings were hard to read but fair. He declined to say whether any managers would resign. The company's unions have asked for an independent review of night rosters, which they say leave drivers too little rest between shifts.",
    "The hearing was held at the Old Customs House in Aubrel. The board will present its final report in Brackenfold in September.",
    "Transport Secretary Gwen Aldous said the company would fund a two-year programme to fit automatic braking to its night fleet.",
])

add("aubrelbeacon-2027-03-16-customs-house", "Aubrel Beacon", "2027-03-16",
    "Board hears of red signal and cracked rail", [
    "AUBREL – The Continental Rail Safety Board held its public hearing into the St Orvin derailment at the Old Customs House on March 15, the first held in the city since 2021.",
    "The board made 14 recommendations. Dunmarran State Railways will pay 9.5 million florens to victims and must retrain its night drivers within six months, the board said. The driver had been suspended on March 11.",
    "\"A timetable is never a reason to run a red signal,\" Vorbach said in her closing remarks. She said the board would present its final report in Montelbo.",
    "Haldane said the cracked rail made a bad night worse but that the signal made it fatal.",
    "Police closed two streets around the old harbour building for the day as relatives of the victims, railway managers and ministers of both countries arrived. Several dozen people followed the proceedings on screens in the courtyard. The city's last hearing, in 2021, followed a freight collision on the southern line.",
    "The board's investigators will now examine the locomotive's brakes and the signalling equipment before writing their final report.",
    "Verrascan Transport Minister Radoslav Iwaszko said the maintenance budget would go up by 40 million florens. Automatic braking will be fitted to the Dunmarran night trains over two years.",
])

add("permanentway-2027-03-17-analysis", "Permanent Way Review", "2027-03-17",
    "Analysis: a red signal, a tired rail and a border between them", [
    "When the EN 417 left the rails on the morning of March 9, nearly 300 people were on a train run by one country over track maintained by another. Monday's hearing in Aubrel showed how much that border mattered.",
    "The board's chair, Anneliese Vorbach, presented the interim findings herself: a signal passed at danger and a cracked rail on the outer side of the curve. Neither railway came out of it well.",
    "The Verrascan Rail Network had been asked four times since 2023 to replace the curve's rails, according to documents read out at the hearing. Sankt Orvin's mayor had written to it in January.",
    "For Dunmarran State Railways the bill is 6.5 million florens and a programme to fit automatic braking over two years. Ivashko said the state would not go to court while the board was at work, and he admitted that Verrasca's own track had played its part.",
    "Raising Verrasca's maintenance budget to 220 million florens will not rebuild the curve this year. Until it is rebuilt, trains will crawl through it at 60 km/h.",
    "The question the board left open is whether a driver who had been awake for most of the night should have been at the controls at all.",
])
