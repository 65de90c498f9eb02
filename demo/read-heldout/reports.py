"""The invented reports of demo/read-heldout (source of reports.jsonl). Everything here is invented."""

R = []


def rep(id, outlet, published, title, paras):
    R.append({"id": id, "outlet": outlet, "published": published, "title": title,
              "url": f"https://news.example.invalid/{id}", "text": "\n\n".join(paras)})


rep("cpa-2026-09-04-grey-petrel-seized", "Coastline Press Agency", "2026-09-04",
    "Karvossa seizes Lorvanian trawler and 11 crew on the Haskel Bank", [
    "ESTREL, Sept 4 (CPA) – Karvossan coast guard vessels seized a Lorvanian trawler and its 11 crew on the Haskel Bank on Thursday evening, Lorvania's Foreign Ministry said, in the most serious incident over the disputed fishing grounds in years.",
    "\"Our boat was fishing where Lorvanian boats have fished for two hundred years,\" Foreign Minister Teodora Vass told reporters in Estrel. \"Karvossa has no right to hold these men for a single hour.\"",
    "In a statement, the Karvossan Interior Ministry said the trawler, the Grey Petrel, had been caught with its nets down 14 nautical miles inside Karvossa's zone and that the crew would face a court in Halbruck.",
    "Interior Minister Dmitar Hollen went further. Lorvanian boats had been warned \"at least a dozen times\" this year, he said, adding that Karvossa would \"not be a free larder for its neighbours\".",
    "Vass said she had spoken to the Ysmaran foreign minister, Hedda Lunqvist, and asked Ysmara to help. She said Lorvania would not pay \"a single coin of ransom\".",
    "Security sources in Halbruck told CPA the boat had ignored three radio warnings before it was boarded shortly after 6 p.m. local time.",
    "Lorvanian and Karvossan boats have clashed over the Haskel Bank since the two states wound up the Northern Fisheries Council (NFC) in 2011. About 300 Lorvanian boats fish there each season.",
])

rep("kellsbygazette-2026-09-07-families", "The Kellsby Gazette", "2026-09-07",
    "Kellsby waits for the Grey Petrel’s crew", [
    "Families of the eleven men held in Karvossa gathered at the harbour chapel in Kellsby on Sunday night, three days after the Grey Petrel was boarded on the Haskel Bank.",
    "Greta Hennig, whose father Elias Hennig is the trawler’s skipper, read out a letter the families have sent to Prime Minister Casimir Kostin. “We are not asking for speeches,” she said. “We are asking for our fathers, our sons and our husbands.”",
    "Her mother, Ingrid Hennig, said the skipper had called home on Thursday at 5.40 p.m. to say a grey ship was following them. “He said, ‘Don’t worry, they always follow us,’ and then the line went dead,” she said.",
    "The Lorvanian Fishermen’s Union (LFU) has paid for a bus to take relatives to Estrel on Wednesday, when Foreign Minister Teodora Vass is due to meet them. According to the union, the crew are being held in a naval barracks outside Halbruck and have been allowed two calls each.",
    "The Foreign Ministry said on Saturday that Vass would also meet Ysmaran envoy Sándor Vészi, who arrived in Halbruck on Friday. The envoy has said little in public. “Quiet is how this works,” he told the Gazette by phone.",
    "Between 40 and 50 boats stayed in port on Monday in protest, the Kellsby Harbour Office said. Fish prices in Kellsby have risen 18 percent since the seizure, according to the office’s own figures.",
])

rep("vpt-2026-09-10-hollen-interview", "Karvossan Public Television", "2026-09-10",
    "Hollen on VPT: the crew will be treated fairly, the boat stays", [
    "Interior Minister Dmitar Hollen said on Wednesday night that the 11 Lorvanian fishermen would be treated \"like any other suspects, no better and no worse\", in an interview on VPT's The Evening Desk. The Grey Petrel was boarded a week ago today.",
    "\"The law is the law,\" Hollen said, \"and the Haskel Bank is Karvossan water, whatever Estrel prints on its maps.\"",
    "Asked by presenter Mara Pellew whether the crew could be freed before a trial, the minister paused. \"That is for the court. But courts can be quick when governments are sensible,\" he said.",
    "Hollen also said Karvossa was ready to hear the Ysmaran mediator, though the ministry later played down talk of a deal. A ministry spokeswoman, Lidia Sorn, wrote in a post on X that reports of a deal were \"wishful thinking from Estrel\".",
    "Karvossan coast guard commander Rear Admiral Ivo Strelnik told VPT the boarding team had fired no shots. The trawler was \"towed, not chased\", he said. Its catch of about 6 tonnes of cod had been destroyed, he added.",
    "In Estrel, the Lorvanian Foreign Ministry called the interview \"a performance for a home audience\". The programme drew 1.2 million viewers, the station said.",
])

rep("quellanherald-2026-09-14-deal", "The Quellan Herald", "2026-09-14",
    "Crew of the Grey Petrel to be freed under Ysmara-brokered deal", [
    "QUELLAN – Karvossa will release the 11 crew of the Lorvanian trawler Grey Petrel under an agreement reached in Quellan late on Sunday, the Ysmaran Foreign Ministry said. The crew will be handed over at 08:00 GMT on Monday, September 14, 2026, which is 10:00 UTC+2 in Halbruck and 11:00 UTC+3 in Estrel.",
    "\"Eleven men go home today. That is what matters,\" said Ysmaran envoy Sándor Vészi, who spent nine days travelling between the two capitals.",
    "Under the deal, Lorvania will pay a fine of €250,000 for what the joint statement calls \"fishing without a licence\", and Karvossa will keep the trawler for up to six months while a joint panel studies the boundary.",
    "Lorvanian Foreign Minister Teodora Vass, who signed for her country, thanked Vészi and Ysmaran Foreign Minister Hedda Lunqvist by name. She said the fine was \"the price of eleven lives, not an admission\".",
    "Hollen, who did not attend the signing, said on Sunday night that the court in Halbruck had \"taken account of the circumstances\". He did not take questions. Vészi, asked about Hollen's absence, said he had \"no comment on anyone's diary\".",
    "According to the joint statement, a Haskel Bank Working Group (HBWG) with four members from each side will hold its first meeting on October 2. The statement described the talks as \"frank and, in the end, useful\".",
])

rep("estreldaily-2026-09-15-crew-home", "Estrel Daily", "2026-09-15",
    "Grey Petrel crew home after 11 days in Karvossan custody", [
    "The eleven crew of the Grey Petrel landed at Estrel airport yesterday afternoon, ending 11 days in Karvossan custody. Prime Minister Casimir Kostin met them on the tarmac.",
    "“I saw our own coast from the window and I cried. I am not ashamed of it,” said Elias Hennig, the skipper. Hennig said the crew had been fed well but kept apart from one another.",
    "Kostin wrote in a post on X that it was “a good day for Lorvania and a lesson for everyone”. Opposition leader Vera Dahl said the government had paid “a fine that is a ransom by another name”.",
    "The Lorvanian Fishermen’s Union said 60 percent of its members had not fished since the boat was seized earlier this month. “We need the Bank open by October, or some of us will not survive the winter,” said the union’s chairman, Jonas Dahl. He is no relation of the opposition leader. Asked about Vera Dahl’s remarks, he said: “She is right about the money and wrong about everything else.”",
    "In Halbruck, Karvossa’s coast guard said the Grey Petrel would stay in port until December. Rear Admiral Ivo Strelnik met the Ysmaran envoy, Sandor Veszi, on Monday; he told reporters afterwards that the trawler was “in good hands”.",
    "\"It was the longest week of my life,\" one crewman told the Daily, asking not to be named.",
])

rep("northernwaters-haskel-analysis", "Northern Waters Review", None,
    "Analysis: the crew are home, the Haskel Bank is not settled", [
    "When the Grey Petrel's crew were freed on 14 September 2026, both governments claimed a win. Neither has said what happens to the Haskel Bank when the fishing season opens again in the spring.",
    "The deal brokered by Ismara, which has good relations with both Estrel and Halbruck, is thin. Veszi himself admitted as much last week: \"We bought time. Time is not a border.\"",
    "Karvossan officials, according to one diplomat in Quellan, had wanted a far bigger fine. Lorvanian negotiators say they refused to discuss any sum above €300,000.",
    "A poll published on Friday by the Lorvanian Broadcasting Corporation (LBC) put the share of Lorvanians who think the fine too high at 64 per cent. \"It will be a hard autumn,\" a senior figure in Kostin's party said.",
    "Karvossa's Interior Minister has his own problem. Mr Hollen's critics in Halbruck say he gave away the trawler for nothing; the minister said in a radio interview on Tuesday that critics \"have not read the text\".",
    "The NFC, which once set quotas for both countries, was wound up 15 years ago. Reviving it, the Ismaran mediator argued in September, would be a start.",
])
