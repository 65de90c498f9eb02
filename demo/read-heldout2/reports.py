"""The invented reports of demo/read-heldout2 (source of reports.jsonl). Everything here is invented."""

R = []


def rep(id, outlet, published, title, paras):
    R.append({"id": id, "outlet": outlet, "published": published, "title": title,
              "url": f"https://news.example.invalid/{id}", "text": "\n\n".join(paras)})


rep("cna-2027-03-09-brennock-fire", "Crossway News Agency", "2027-03-09",
    "Thousands evacuated after fire at Velmoran chemical plant", [
    "BRENNOCK, Velmora, March 9 (CNA) – More than 4,000 people were evacuated from their homes overnight after an explosion and fire at a chemical plant in the Tarsk Valley, Velmora's Civil Protection Directorate (CPD) said on Tuesday.",
    "The blaze began at about 11:40 p.m. local time on Monday in a storage hall of the Eastern Polymer Works (EPW), a plastics plant owned by Salvane Industries on the edge of Brennock. Twelve firefighters were treated for smoke inhalation, and two night-shift workers were still missing, a CPD spokesman, Doren Valt, told reporters.",
    "\"We moved 4,200 people in under five hours. That is not a small thing,\" Valt said. \"But we are not finished, and nobody should go home yet.\"",
    "Interior Minister Oriana Feld, who flew to Brennock at dawn, said that the evacuation zone, a radius of 3 kilometres around the plant, would stay in place \"for at least 48 hours\". The minister stated that the government would pay for hotel rooms for every evacuated family.",
    "The regional governor, Katya Morvane, said the plant had passed a safety inspection last October. \"I have seen the reports myself,\" she said.",
    "According to Salvane Industries, the hall held about 300 tonnes of polymer granules and solvents. The company said in a statement that it was \"cooperating fully\" with the authorities.",
    "\"It went up like a sheet of paper,\" said one firefighter, who asked not to be named. \"We could feel the heat from 200 metres.\"",
    "Police sources told CNA the cause was still unknown but that sabotage was not suspected.",
    "Fire chief Bram Halloway said crews hoped to contain the blaze by Wednesday. He said 85 firefighters from six towns were at the scene.",
])

rep("brennockbell-2027-03-10-evacuees", "The Brennock Bell", "2027-03-10",
    "‘Take the dog and go’: a night on Quarry Lane", [
    "Livia Orsel had been asleep for less than an hour when the windows of her kitchen on Quarry Lane began to rattle late on Monday night.",
    "“My husband shook me and said, ‘Take the dog and go, don’t wait for me,’ and I just ran,” she said yesterday at the sports hall on Kiln Street, where about 600 evacuees have slept since the fire at the Eastern Polymer Works. Her husband, Arno Orsel, stayed behind to wake their elderly neighbours and joined her two hours later.",
    "Dr Selma Ravik, who runs the emergency department at Brennock General Hospital, said 31 people had been treated there since Tuesday, most for coughing and sore eyes. “Nobody is in danger,” she said, “but we are keeping three firefighters in overnight as a precaution.”",
    "The plant’s director, Gideon Pask, visited the sports hall on Tuesday evening and was heckled. “I understand the anger,” Pask told the Bell. “I live in this valley too. My children go to school here.”",
    "Luc Morvane, chairman of the Velmoran Chemical Workers’ Federation, said that the two missing workers were union members and that their families had “heard nothing from the company for a day and a half”. He is no relation of the regional governor, Katya Morvane.",
    "The governor wrote in a post on Facebook that the missing men, both from Brennock, were “in everyone’s thoughts”.",
    "The fire service said crews had poured between 1.2 and 1.5 million litres of water on the hall since Monday. Schools in Brennock will stay closed until Friday, the town council said.",
    "For Livia Orsel, the worst part is the waiting. “We lived next to that plant for 22 years,” she said. “Nobody ever told us what was inside.”",
])

rep("vossholmpost-2027-03-11-border-smoke", "Vossholm Post", "2027-03-11",
    "Kaldrenia demands hourly readings as smoke crosses border", [
    "VOSSHOLM – Kaldrenia has asked Velmora for hourly air and water readings from the Tarsk Valley after smoke from a burning chemical plant drifted across the border on Tuesday, Environment Minister Jiří Vrbek said yesterday.",
    "\"Our citizens have a right to know what they are breathing,\" Vrbek told parliament. \"If the readings are clean, publish them. If they are not, publish them faster.\"",
    "Vrbek said that Kaldrenian monitoring stations near the border had recorded fine-particle levels about 30 percent above normal on Tuesday afternoon. He noted that the levels had fallen back by Wednesday morning.",
    "The fire at the Eastern Polymer Works in Brennock, about 15 kilometres from the border, broke out at 22:40 GMT on Monday. Velmoran officials said it was put out at 2 p.m. local time yesterday, after nearly 40 hours.",
    "Corvath has so far offered only daily summaries. According to Velmora's Interior Minister Oriana Feld, the readings \"have never come close to a danger level\".",
    "The plant's director, Gideon Pask, has said the hall stored no chlorine. Vrbek was not convinced. \"We have heard that before, from other plants and other directors,\" he said.",
    "The Mellwater, which rises in the Tarsk Valley and flows into Kaldrenia, showed no contamination, the Kaldrenian Water Authority (KWA) said on Wednesday. The KWA said it would keep testing the river twice a day until the end of the month.",
    "Vossholm wants a seat on any Velmoran inquiry into the fire. The Kaldrenian minister said he would raise it with Feld when they meet on Monday.",
])

rep("corvathregister-2027-03-16-return", "The Corvath Register", "2027-03-16",
    "Brennock residents return as cabinet approves $4.2 million fund", [
    "CORVATH – Residents of Brennock began returning to their homes on Sunday, six days after the fire at the Eastern Polymer Works, and the cabinet yesterday approved a $4.2 million fund for the families affected.",
    "Interior Minister Oriana Feld announced the fund at a press conference on Monday, March 15, 2027. “This is not charity. It is what the state owes people who did nothing wrong,” Feld said.",
    "“The inquiry will be independent,” she said, “and it will publish everything it finds, including what it finds about us.”",
    "According to a joint statement issued by the environment ministries of Velmora and Kaldrenia on Friday, air and water readings across the valley have been normal since March 11. Relations between Corvath and Vossholm, strained last week, appear to have eased. Kaldrenia's environment minister, Jiri Vrbek, said on Friday that he was “satisfied for now”.",
    "Plant director Gideon Pask said the plant would not reopen until the inquiry reported, which Mr Pask said could take “four to six months”. The Velmoran Chemical Workers’ Federation (VCWF) said that 30 percent of the plant’s 540 workers had been sent home without pay.",
    "“A fund is a start. Jobs are the rest of it,” said Luc Morvane, the VCWF chairman. He said that the union would ask for a seat on the inquiry as well.",
    "The two night-shift workers who went missing were found alive in a basement shelter the day after the fire. One of them, Stoyan Velk, 58, told the Register he had “never been so glad to see a fireman”.",
])
