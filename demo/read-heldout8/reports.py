"""The invented reports of demo/read-heldout8 (source of reports.jsonl). Everything here is invented."""

R = []


def rep(id, outlet, published, title, paras):
    R.append({"id": id, "outlet": outlet, "published": published, "title": title,
              "url": f"https://news.example.invalid/{id}", "text": "\n\n".join(paras)})


rep("mna-2032-11-10-caldrenia-blackout", "Meridale News Agency", "2032-11-10",
    "Caldrenia restores power after nationwide blackout strands trains, hits hospitals", [
    "ASHCARROW, Caldrenia, November 10 (MNA) — Power returned across Caldrenia early on Wednesday after a fire at a substation in Orvale plunged the whole country into darkness for up to 12 hours, stranding thousands of rail passengers and forcing hospitals onto emergency generators.",
    "The blackout began at 17:48 local time (15:48 GMT) on Tuesday, when a transformer at the Orvale substation caught fire and the interconnector linking it to Sobrac, across the border in Varesnia, tripped. Within four minutes about 4.1 million customers, nearly every home and business in the country, had lost power, the National Transmission Operator (NTO) said.",
    "\"This was the most serious failure of our network in its history, and I apologise to every customer who sat in the dark,\" Dr Imogen Faircloth, the operator's chief executive, told reporters in Ashcarrow. She said that supply had been restored to 60 percent of customers by midnight and to all of them by 06:10 local time.",
    "Energy Minister Bartholomew Wrayburn said the government would not wait for the operator's own findings. \"I want to know why one fire in one substation can switch off a whole country,\" the minister said. \"I expect an answer within weeks, not years.\"",
    "The Grid Standards Board (GSB), the energy regulator, opened an inquiry on Wednesday morning. Its chair, Henrietta Ormsby, who spoke after Faircloth had left the room, said the NTO must hand over every record from its control room by Friday. \"We will be doing our own work, not marking theirs,\" she said.",
    "Caldrenian Rail said 212 trains had stopped where they stood when the power failed. At least 1,300 passengers were held for up to five hours in the Wexcombe Tunnel before being led out on foot shortly before 23:00 local time.",
    "All 46 hospitals in the country switched to their own generators. At Pimbury Royal Infirmary, a backup generator failed for 14 minutes and nurses kept three patients breathing by hand, a hospital spokeswoman said. \"Nobody died, and that is down to the nurses,\" said one doctor, who asked not to be named.",
    "In Zabrez, the Varesnian System Operator (VSO) said it had sent power across a second line, at Drummel, from 19:30 CET to help restart the Caldrenian grid. Varesnian Energy Minister Dragoslav Pljesic noted that his country's own supply had never been at risk.",
    "The NTO said it would publish a compensation scheme on Thursday.",
])

rep("ashcarrowlamplighter-2032-11-12-transformer", "The Ashcarrow Lamplighter", "2032-11-12",
    "Blackout transformer was 45 years old, Orvale engineers say", [
    "The transformer that caught fire at the Orvale substation on Tuesday evening, blacking out all of Caldrenia, had been in service since 1987 and was due to be replaced in 2029, engineers at the plant said yesterday.",
    "“We asked for a new one three times. Each time we were told it would last another winter,” one of them said.",
    "Declan Rusholme, the National Transmission Operator’s director of operations, who sat in the gallery of the Folkhall as Energy Minister Bartholomew Wrayburn spoke on Thursday, said the replacement had been approved in March. “The part was ordered. It was on a ship,” he said.",
    "Wrayburn told the Folkhall that the NTO had “questions to answer about every euro it did not spend” and announced that the operator would pay €75 to each household left without power for more than eight hours.",
    "In a television interview with CPT’s Nightline programme on Wednesday night, the NTO’s chief executive, Dr Imogen Faircloth, said that a fire alone should never have blacked out the country. “A protection system is meant to cut a fault like that off in a fraction of a second. Ours did not, and we need to know why,” the chief executive said.",
    "The Grid Standards Board opened its inquiry earlier this week. The regulator’s statement said the inquiry would examine “the protection settings, the maintenance record and the decision to lean so heavily on a single line”. It added that an interim report would be published within 30 days.",
    "Zabrez has sent a bill of €2.4 million for the emergency power that flowed across the Drummel line, and Ashcarrow will pay it in full, Wrayburn said.",
    "According to Powerwatch, a consumer group with some 52,000 members, more than 38,000 households had lodged compensation claims by Thursday evening. Its director, Lucinda Oakhanger, wrote in a post on X that the NTO should pay “without forms, without queues and without excuses”.",
    "Cordelia Pettifer, the opposition’s energy spokeswoman, noted that the NTO had paid €210 million in dividends last year. The blackout cost the economy about €480 million, the Haverleigh Institute estimates.",
])

rep("dailyclanger-2032-11-13-tunnel", "The Daily Clanger", "2032-11-13",
    "FIVE HOURS IN THE DARK: mum's tunnel terror as baker hubby watches stock melt", [
    "Nerys Scarisbrick, 34, was on the evening train home to Pimbury on Tuesday when the lights went out and it stopped dead inside the Wexcombe Tunnel. She spent the next five hours in pitch darkness with some 400 strangers.",
    "“People were singing at first. By the third hour nobody was singing,” she told the Clanger yesterday. “A man near me had a heart condition and no tablets. We shared water out of a baby’s bottle.”",
    "“Then the guard came through with a torch and said, ‘Nobody panic, we’re walking out,’ and the whole carriage cheered,” she said. “We were down there five hours,” she added, “and not one person from the railway told us why.”",
    "Her husband, Gethin Scarisbrick, was living his own nightmare. His bakery in Pimbury lost its whole weekend stock, worth about €3,000, when the freezers died. “I sat by the ovens with a torch and watched all that work melt,” he said. Scarisbrick, 37, says he has filed a claim but expects nothing.",
    "According to Caldrenian Rail, 212 trains were stranded across the country that evening, eleven of them in tunnels. A Caldrenian Rail spokesman said the train could not be moved until the power came back, and that staff had walked everyone out “as soon as it was safe”.",
    "Energy Minister Bartholomew Wrayburn promised on Thursday that no family would be out of pocket. But Lucinda Oakhanger, director of the Powerwatch consumer group, said the €75 offered to each household “would not refill a freezer”. “Seventy-five euros is an insult to a family who lost a freezer full of food,” Oakhanger said.",
    "Under the NTO’s scheme, announced on Thursday, businesses can claim up to €20,000, but only with receipts. “Who keeps receipts for flour?” the baker asked.",
    "Mrs Scarisbrick lost her wages for Wednesday as well, and says the railway has not offered her a penny. The couple will join a protest outside the NTO’s headquarters in Ashcarrow on Monday morning, with their two children.",
])

rep("zabreskiglasnik-2032-11-15-bill", "Žabreški Glasnik", "2032-11-15",
    "Varešnija sends Caldrenia a bill for the night it kept the lights on", [
    "ŽABREŽ, 15 November — Varešnija's energy minister, Dragoslav Plješić, said yesterday that Caldrenia would pay €2.4 million for the electricity Varešnija sent across the border on the night of the blackout, and that the sum was \"a matter of accounting, not of friendship\".",
    "\"We did not ask about the price on Tuesday night. We are asking now, politely,\" Plješić told the Glasnik. \"Our neighbours would have done the same for us.\"",
    "According to the Varesnian System Operator (VSO), up to 900 megawatts flowed from its substation at Drummel into the Caldrenian grid between 19:30 CET on 9 November and 05:45 CET the next morning.",
    "\"Our control room saw the frequency in Caldrenia fall off a cliff. For four minutes we held our breath. Then the phone rang, and a voice from Ashcarrow said: 'Can you help us?'\" said Jelka Brdarić, who heads the VSO and was on duty when the blackout struck at 16:48 CET last Tuesday. She said her engineers had started the first transfer less than three hours later.",
    "In Ashcarrow, the NTO's operations director, Declan Rusholm, told Caldrenian Public Television on Friday that without Varešnija \"the restart would have taken days, not hours\". The Caldrenian regulator, the GSB, has promised an interim report within 30 days.",
    "Ashcarrow has not disputed the bill. But Plješić said a second interconnector was needed so that \"one fire in Orvale\" could never again shake Varešnija's grid. The existing line, from Orvale to Šobrač, will stay shut until at least December, the VSO says.",
    "In Šobrač, the border town at the Varešnian end of that line, the lights did not even flicker last week. \"People here watched Caldrenia go dark from their windows,\" said the mayor, Milica Drenovac. \"Half of them have cousins on the other side, and my phone did not stop for two days.\"",
    "Varešnija has sold power to Caldrenia since 2011. The two grids are linked by just two lines, at Šobrač and at Drummel.",
])

rep("cpt-2032-11-17-hearing-live", "Caldrenian Public Television", "2032-11-17",
    "LIVE: Regulator blames wrongly set relay for Caldrenia blackout", [
    "LIVE: Blackout hearing - Wednesday 17 November",
    "08:40 EET | Good morning. The Folkhall's energy committee questions the heads of the NTO and the GSB from 10:00 EET (09:00 CET, 08:00 GMT) about last Tuesday's blackout, which cut power to about 4.1 million customers for up to 12 hours.",
    "09:15 EET | The NTO says it has received more than 112,000 compensation claims since Thursday and that the first €75 payments will go out by 30 November.",
    "10:06 EET | Henrietta Ormsby, chair of the Grid Standards Board, is presenting the interim findings. A protection relay at Orvale had been set to the wrong threshold during a software update on 2 September, so it never isolated the fire, she says.",
    "10:14 EET | Ormsby: \"The relay did exactly what it was told. It was told the wrong thing.\" She adds that the setting was checked by two engineers, \"and both of them missed it\".",
    "10:41 EET | Dr Imogen Faircloth accepts the findings. \"I am not going to hide behind a contractor. The setting was approved by my staff, so the mistake is mine,\" she tells the committee.",
    "11:03 EET | Committee member Cordelia Pettifer asks Faircloth whether she will resign. \"Not today,\" she replies. \"Ask me again when the final report is out.\"",
    "11:30 EET | Energy Minister Bartholomew Wrayburn wrote in a post on X that the findings were \"sobering\" and that every relay in the country would be checked by March.",
    "12:20 EET | In Zabrez, the Varesnian System Operator says the Orvale interconnector will stay shut until the GSB's final report. Its head, Jelka Brdaric, told CPT on Monday that Varesnia had been paid \"in full, and on time\".",
    "13:05 EET | Nerys Scarisbrick, who spent five hours trapped in the Wexcombe Tunnel earlier this month, is in the public gallery. \"I came to hear someone say sorry to my face. Today somebody did,\" she told CPT during the break.",
    "14:10 EET | The hearing is over. Declan Rusholme, the NTO's operations director, left without speaking to reporters. A technician from the Orvale substation, waiting outside, shouted: \"Ask them who signed off the update!\"",
    "14:25 EET | The committee will publish its own report on 15 December, said its chair, Amos Thirlwell.",
])
