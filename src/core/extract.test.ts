// Table-driven tests of the attribution constructions the extractor must read. Every sentence here
// is written for the test (no corpus text). Each row: input, expected source, cue, content parts.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { extractStatements, extractStatementsUnchecked } from "./extract";
import type { Statement } from "./types";

/** The first statement whose cue reads exactly `cue`, and its source's text. */
const byCue = (t: string, cue: string): Statement | undefined => extractStatements(t).find((s) => s.cue?.text === cue);
const sourceOf = (t: string, cue: string): string | undefined => byCue(t, cue)?.source?.text;
const contentOf = (t: string, cue: string): string | undefined => byCue(t, cue)?.content.text;
/** The texts of that statement's content parts (its content alone when it has no parts). */
const partsOf = (t: string, cue: string): string[] | undefined => {
  const s = byCue(t, cue);
  return s ? (s.contentParts ?? [s.content]).map((p) => p.text) : undefined;
};

type Row = [name: string, text: string, source: string | null, cue: string, content: string[], mode?: Statement["mode"]];

const rows: Row[] = [
  ["passive agent named over \"for\" and \"in\"", "Mr. Dale was criticized by Neighbours for Clean Water in Eastham, a local watchdog group, for taking gifts.", "Neighbours for Clean Water in Eastham", "was criticized", ["Mr. Dale"]],
  ["passive agent: a place after a person is no part of the name", "The ferry plan was criticized by Lena Ortiz in Northport on Friday.", "Lena Ortiz", "was criticized", ["The ferry plan"]],
  ["direct, inverted after quote", "“We will not retreat,” said Maria Lopez, the mayor of Springfield.", "Maria Lopez, the mayor of Springfield", "said", ["“We will not retreat,”"], "direct"],
  ["direct, source before cue", "“The bridge is safe,” the engineer said.", "the engineer", "said", ["“The bridge is safe,”"], "direct"],
  ["split quote", "“First,” he said, “we fix the roads.”", "he", "said", ["“First,”", "“we fix the roads.”"], "direct"],
  ["quote continues in next sentence", "“The plan is dead,” the senator said. “It will not come back.”", "the senator", "said", ["“The plan is dead,”", "“It will not come back.”"], "direct"],
  ["multi-paragraph quote", "Okafor said:\n\n“We will rebuild the harbor.\n\n“And we will do it this year.”", "Okafor", "said", ["“We will rebuild the harbor.", "“And we will do it this year.”"], "direct"],
  ["passive \"quoted as saying\": the subject speaks", "The harbor master has been quoted as saying the dredging would take years.", "The harbor master", "has been quoted as saying", ["the dredging would take years"]],
  ["\"was quoted\" + participle", "Senator Ana Ruiz was quoted calling the pier plan a waste of money.", "Senator Ana Ruiz", "was quoted calling", ["the pier plan a waste of money"]],
  ["inverted, \"a later\" describes the noun", "The plan would fail, said a later envoy to the island.", "a later envoy to the island", "said", ["The plan would fail"]],
  ["straight quotes", "\"Nobody called us,\" Ms. Brandt said.", "Ms. Brandt", "said", ["\"Nobody called us,\""], "direct"],
  ["NYT double apostrophes", "''We are done here,'' Mr. Okafor said.", "Mr. Okafor", "said", ["''We are done here,''"], "direct"],
  ["guillemets", "«We will win», the minister said.", "the minister", "said", ["«We will win»"], "direct"],
  ["low-high German marks", "„We will manage“, the chancellor said.", "the chancellor", "said", ["„We will manage“"], "direct"],
  ["single quotes in a headline", "Mayor Hill: ‘We Will Not Close the Library’", "Mayor Hill", ":", ["‘We Will Not Close the Library’"], "direct"],
  ["X said that", "The governor said that the budget would be balanced by June.", "The governor", "said", ["that the budget would be balanced by June"], "indirect"],
  ["X said without that", "The governor said the budget would be balanced.", "The governor", "said", ["the budget would be balanced"], "indirect"],
  ["content then X said", "The budget will be balanced, the governor said.", "the governor", "said", ["The budget will be balanced"], "indirect"],
  ["content then said X", "The budget will be balanced, said Governor Ellen Park.", "Governor Ellen Park", "said", ["The budget will be balanced"], "indirect"],
  ["parenthetical he said", "The budget, the governor said, will be balanced by June.", "the governor", "said", ["The budget", "will be balanced by June"], "indirect"],
  ["title before name", "Defense Ministry spokesman Major General Ivan Petrov said the strikes never happened.", "Defense Ministry spokesman Major General Ivan Petrov", "said", ["the strikes never happened"], "indirect"],
  ["apposition", "Ivan Petrov, a spokesman for the ministry, said the report was false.", "Ivan Petrov, a spokesman for the ministry", "said", ["the report was false"], "indirect"],
  ["relative clause apposition", "Lena Ortiz, who leads the port authority, said the cranes were old.", "Lena Ortiz, who leads the port authority", "said", ["the cranes were old"], "indirect"],
  ["interposed adjunct", "Judge Amy Reyes, in her ruling, said the law was vague.", "Judge Amy Reyes", "said", ["the law was vague"], "indirect"],
  ["according to, after", "The strikes killed 12 civilians, according to the Coastal Monitoring Group.", "the Coastal Monitoring Group", "according to", ["The strikes killed 12 civilians"], "according-to"],
  ["according to, before", "According to the Coastal Monitoring Group, the strikes killed 12 civilians.", "the Coastal Monitoring Group", "According to", ["the strikes killed 12 civilians"], "according-to"],
  ["X told Y that", "Petrov told reporters on Monday that the convoy had been attacked.", "Petrov", "told", ["that the convoy had been attacked"], "indirect"],
  ["in a statement", "In a statement, the ministry denied that its aircraft were involved.", "the ministry", "denied", ["that its aircraft were involved"], "indirect"],
  ["colon headline", "Petrov: No civilians were harmed", "Petrov", ":", ["No civilians were harmed"], "indirect"],
  ["partial quote", "She called the decision “a disgrace to the court.”", "She", "called", ["the decision “a disgrace to the court.”"], "mixed"],
  ["nominal cue with by", "The claim by the ministry that no civilians died was disputed.", "the ministry", "claim", ["that no civilians died was disputed"], "indirect"],
  ["nominal cue after a possessive pronoun", "The ferry operator renewed its calls for a second pier at the harbour.", "its", "calls for", ["a second pier at the harbour"], "indirect"],
  ["nominal cue after a possessive name", "Fishermen joined the harbour master's demand for new buoys.", "the harbour master's", "demand for", ["new buoys"], "indirect"],
  ["nominal cue with a to-clause", "The vote followed her promise to repaint the lighthouse.", "her", "promise", ["to repaint the lighthouse"], "indirect"],
  ["nominal cue with a that-clause", "The repairs went ahead despite their claim that the hull was sound.", "their", "claim", ["that the hull was sound"], "indirect"],
  ["no nominal cue in subject position (its clause would run into the verb)", "Her promise to repaint the lighthouse pleased the council, Lind said.", "Lind", "said", ["Her promise to repaint the lighthouse pleased the council"], "indirect"],
  ["a coordinated subject opening the clause", "Fishermen, traders and their families say the pier is unsafe.", "Fishermen, traders and their families", "say", ["the pier is unsafe"], "indirect"],
  ["a name and a plural noun coordinated", "Lind and others said the tolls would rise.", "Lind and others", "said", ["the tolls would rise"], "indirect"],
  ["content before a coordinated source is not a list member", "Tolls rose, Lind and Berg said.", "Lind and Berg", "said", ["Tolls rose"], "indirect"],
  ["a fronted adverb is not a list member", "Later, Lind and Berg said the port was closed.", "Lind and Berg", "said", ["the port was closed"], "indirect"],
  ["'when asked' later in the sentence", "The mayor smiled when asked if she would run again.", null, "asked", ["if she would run again"], "indirect"],
  ["', asked whether' after a quotation", "“We will see,” Lind said, asked whether the boats were safe.", null, "asked", ["whether the boats were safe"], "indirect"],
  ["an object ends before 'and' + a new speaker + a verb of saying", "A tourist asked for a photo and Lind said, “As long as the tide allows.”", "A tourist", "asked for", ["a photo"], "indirect"],
  ["the new speaker after 'and' has a statement of its own", "A tourist asked for a photo and Lind said, “As long as the tide allows.”", "Lind", "said", ["“As long as the tide allows.”"], "direct"],
  ["a coordinated object is no new speaker", "Lind said the boats and the cranes were old.", "Lind", "said", ["the boats and the cranes were old"], "indirect"],
  ["a contracted auxiliary is not part of the source", "He's said the pier is unsafe.", "He", "said", ["the pier is unsafe"], "indirect"],
  ["a contracted auxiliary before 'been'", "I've been saying for years that the port is too small.", "I", "saying", ["that the port is too small"], "indirect"],
  ["a possessive inside the source stays", "The mayor's office said the port was closed.", "The mayor's office", "said", ["the port was closed"], "indirect"],
  ["evidence cue", "Polls show the race is tightening in Ohio.", "Polls", "show", ["the race is tightening in Ohio"], "indirect"],
  ["belief cue", "He believes the deal will collapse.", "He", "believes", ["the deal will collapse"], "indirect"],
  ["intention cue", "The senator wants to cut taxes for small businesses.", "The senator", "wants", ["to cut taxes for small businesses"], "indirect"],
  ["outlet has learned", "The Herald has learned that the mayor will resign.", "The Herald", "has learned", ["that the mayor will resign"], "indirect"],
  ["quote then colon attribution", "Asked about the delay, Ortiz said: “We ran out of steel.”", "Ortiz", "said", ["“We ran out of steel.”"], "direct"],
  ["fronted participle", "Noting that the river had risen, the engineer closed the bridge.", "the engineer", "Noting", ["that the river had risen"], "indirect"],
  ["passive has no source", "The mayor is expected to announce the budget next week.", null, "is expected", ["to announce the budget next week"], "indirect"],
  ["passive with agent", "The plan was criticized by local farmers for its cost.", "local farmers", "was criticized", ["for its cost"], "indirect"],
  ["evidential seems", "The truce seems to be holding in the north.", null, "seems", ["The truce", "to be holding in the north"], "indirect"],
  ["asked by", "Asked by reporters whether he would resign, the mayor laughed.", "reporters", "Asked", ["whether he would resign"], "indirect"],
  ["poll as evidence", "The mayor led by six points in a Harbor College poll.", "a Harbor College poll", "in", ["The mayor led by six points"], "according-to"],
  ["coordinated verbs share the subject", "Okafor praised the crews and said the port would reopen.", "Okafor", "said", ["the port would reopen"], "indirect"],
  ["adverb before cue", "Okafor angrily denied that the port was closed.", "Okafor", "denied", ["that the port was closed"], "indirect"],
  ["thousands separator in a source", "In the survey, 1,409 nurses said they wanted shorter shifts.", "1,409 nurses", "said", ["they wanted shorter shifts"], "indirect"],
  ["said X after a clause ending in a noun", "The levy would leave the council short of money, forcing it to cut bus routes, said Mara Olsen, a budget analyst.", "Mara Olsen, a budget analyst", "said", ["The levy would leave the council short of money, forcing it to cut bus routes"], "indirect"],
  ["a participle after the cue's adjuncts is not content", "The tolls are too high, Garcia said Tuesday in Lisbon, noting the rise in fuel costs.", "Garcia", "said", ["The tolls are too high"], "indirect"],
  ["role, name, after a fronted adverbial", "In opposing the request, her lawyer, Peter J. Hale, wrote in a filing that the hearing was pointless.", "her lawyer, Peter J. Hale", "wrote", ["that the hearing was pointless"], "indirect"],
  ["name after a time adverbial is not a place", "And on Tuesday, Kevin Marsh, chairman of the transport committee, said that the vote might slip.", "Kevin Marsh, chairman of the transport committee", "said", ["that the vote might slip"], "indirect"],
  ["aside between dashes", "Ortiz — praised by rivals as the likely winner — told the radio station that the race was open.", "Ortiz — praised by rivals as the likely winner", "told", ["that the race was open"], "indirect"],
  ["aside between double hyphens", "A former minister -- Ruth Kane, who lost in 2019 -- said the plan offered nothing new.", "A former minister -- Ruth Kane, who lost in 2019", "said", ["the plan offered nothing new"], "indirect"],
  ["verb coordinated with a clause that reports nothing", "The appeals court overruled the judge and said the city already offered enough polling places.", "The appeals court", "said", ["the city already offered enough polling places"], "indirect"],
  ["known as is a name, not a cue", "“Nobody ordered us to stop,” said the site foreman known as Duke.", "the site foreman known as Duke", "said", ["“Nobody ordered us to stop,”"], "direct"],
  ["lower-case title before an inverted name", "The harbor trades more through the old canal, says economic historian Lena Ortiz.", "economic historian Lena Ortiz", "says", ["The harbor trades more through the old canal"], "indirect"],
  ["according to a long source", "Turnout fell in both counties, according to a first count of the ballots held by the clerk of Ashford County.", "a first count of the ballots held by the clerk of Ashford County", "according to", ["Turnout fell in both counties"], "according-to"],
  ["according to a pronoun", "He left the paper after, according to him, the owners cut his column.", "him", "according to", ["He left the paper after", "the owners cut his column"], "according-to"],
  ["when asked, before the answer", "When asked to confirm the report, a second source said it was accurate.", "a second source", "said", ["it was accurate"], "indirect"],
  ["any role phrase, then a bare name", "Another delegate on the transit list, Rosa Lind, said she was still undecided.", "Another delegate on the transit list, Rosa Lind", "said", ["she was still undecided"], "indirect"],
  ["a discourse adverb between source and cue", "Okafor, though, said he backs the governor.", "Okafor", "said", ["he backs the governor"], "indirect"],
  ["a place closing a relative clause", "Ana Seaton, who lives outside the county seat, Ashford, said she still hopes the plan survives.", "Ana Seaton, who lives outside the county seat, Ashford", "said", ["she still hopes the plan survives"], "indirect"],
  ["stray comma after a name with party", "Gov. Ann Marsh (D-ME), said the ferry was ready.", "Gov. Ann Marsh (D-ME)", "said", ["the ferry was ready"], "indirect"],
  ["fronted participle clause with a quote", "Walking in to chants of “Go! Go!,” the mayor said her ferry plan had wide support.", "the mayor", "said", ["her ferry plan had wide support"], "indirect"],
  ["coordinated after an object cue", "Lind praised the record of the mayor on ferries and said the mayor can bring change.", "Lind", "said", ["the mayor can bring change"], "indirect"],
  ["told whom, after a question that ended the sentence", "“Who knows?” Okafor told the harbour radio station.", "Okafor", "told", ["“Who knows?”"], "direct"],
  ["told a quoted show title", "“The pier is safe,” Okafor told “Morning Coast,” adding that repairs were done.", "Okafor", "told", ["“The pier is safe,”"], "direct"],
  ["catenative verb before the cue", "Harbour owners continue to warn that the new tolls will empty the port.", "Harbour owners", "continue to warn", ["that the new tolls will empty the port"], "indirect"],
  ["quote closing without a comma", "“The ferry plan was drafted in secret for months” said Ana Ruiz, a harbour spokeswoman.", "Ana Ruiz, a harbour spokeswoman", "said", ["“The ferry plan was drafted in secret for months”"], "direct"],
  ["inverted cue opening the sentence", "The old pier was rebuilt. Said Rosa Lind, who fished there as a child, “We were all proud of it.”", "Rosa Lind, who fished there as a child", "Said", ["“We were all proud of it.”"], "direct"],
  ["role and name after content, then and-clause", "The ferry app was built for storms, a spokeswoman, Ana Ruiz, said on Friday, and it has been used twice since.", "a spokeswoman, Ana Ruiz", "said", ["The ferry app was built for storms", "and it has been used twice since"], "indirect"],
  ["coordinated cue after the cue's adjunct", "The pier will close, Ruiz said on Monday, and added that repairs would start soon.", "Ruiz", "added", ["that repairs would start soon"], "indirect"],
  ["relative that after the cue's adjunct", "“It feels like a new boat,” Okafor said in a film that showed the repairs.", "Okafor", "said", ["“It feels like a new boat,”"], "direct"],
  ["the speaker goes on after a participle clause", "“Who pays for the pier?” said Ruiz, referring to the new tolls. “Not the ferry owners.”", "Ruiz", "said", ["“Who pays for the pier?”", "“Not the ferry owners.”"], "direct"],
  ["the speaker goes on after a place abbreviation", "“The tolls are too high,” Okafor told reporters in Frankfort, Ky. “We will fight them in court.”", "Okafor", "told", ["“The tolls are too high,”", "“We will fight them in court.”"], "direct"],
  ["according to inside the clause it reports", "Ferry traffic, according to the harbour office, has doubled since May.", "the harbour office", "according to", ["Ferry traffic", "has doubled since May"], "according-to"],
  ["a verb of wanting continues the reported clause", "Okafor said she was weary of the delays and wanted a new ferry by spring.", "Okafor", "said", ["she was weary of the delays and wanted a new ferry by spring"], "indirect"],
  ["according to after a colon", "The harbour noticed: According to new counts, ferry trips fell by a third.", "new counts", "According to", ["ferry trips fell by a third"], "according-to"],
  ["according to in a bracketed sentence", "(According to the port police, no fines were issued.) Okafor said nothing.", "the port police", "According to", ["no fines were issued"], "according-to"],
  ["according to after a fronted But", "But, according to the survey, most pilots remain unsure.", "the survey", "according to", ["most pilots remain unsure"], "according-to"],
  ["called on someone to act", "Okafor called on the harbour board to drop the new tolls.", "Okafor", "called on", ["the harbour board to drop the new tolls"], "indirect"],
  ["asked for something", "The harbour board asked for a second survey of the pier.", "The harbour board", "asked for", ["a second survey of the pier"], "indirect"],
  ["a clause with its own subject after 'as' is the writer's frame", "Okafor is praising the new ferry timetable as she tours the harbour towns.", "Okafor", "praising", ["the new ferry timetable"], "indirect"],
  ["a quoted title inside a fronted phrase", "In an interview on “Harbour Talk,” Okafor said the pier was safe.", "Okafor", "said", ["the pier was safe"], "indirect"],
  ["a speaker label whose line holds a cue of its own", "Okafor said the pier was safe.\n\nLIND: I think the ferry will come back by spring.", "LIND", ":", ["I think the ferry will come back by spring"]],
  ["a dateline before the speaker is not content", "PORT ELLEN — Okafor said the ferry would sail at dawn.", "Okafor", "said", ["the ferry would sail at dawn"], "indirect"],
  ["a source after a dash", "It was no slip — Ana Ruiz, a spokeswoman for the port, told the Gazette that the pier would close.", "Ana Ruiz, a spokeswoman for the port", "told", ["that the pier would close"], "indirect"],
  ["told someone a clause that starts with 'this'", "While the ferries waited, Okafor told reporters this was the last chance for the pier.", "Okafor", "told", ["this was the last chance for the pier"], "indirect"],
  ["a long quotation after a fronted phrase is the content (the lead-in before the colon is the writer's)", "For example: “We made a costly mistake building the pier in the first place,” Okafor told the radio in May.", "Okafor", "told", ["“We made a costly mistake building the pier in the first place,”"], "direct"],
  ["a name ending in Jr.", "“The ferry is late again,” Tomas Reyes Jr. said at the pier.", "Tomas Reyes Jr.", "said", ["“The ferry is late again,”"], "direct"],
  ["'that night' after the cue's adjunct is a time", "“This was the moment,” she said in her speech that night.", "she", "said", ["“This was the moment,”"], "direct"],
  ["a quoted show title after a fronted day", "Sunday on Radio Harbour’s “Tides,” Okafor said the pier was safe.", "Okafor", "said", ["the pier was safe"], "indirect"],
  ["a quoted title inside the speaker's apposition", "Lind, the author of “Salt Roads,” about the ferry trade, said the old routes are gone.", "Lind, the author of “Salt Roads,” about the ferry trade", "said", ["the old routes are gone"], "indirect"],
  ["a fronted question ending in a quotation", "Asked if the pier is “safe enough,” most ferry owners said no.", "most ferry owners", "said", ["no"], "indirect"],
  ["a subordinate clause inside the reported clause", "Okafor said that lately, when she walks the pier, she is often asked about the tolls.", "Okafor", "said", ["that lately, when she walks the pier, she is often asked about the tolls"], "indirect"],
  ["a second predicate of the speaker ends the content", "The harbour master says the pier is sound and calls the inspection “a formality.”", "The harbour master", "says", ["the pier is sound"], "indirect"],
  ["'and also' before a second verb of saying", "Okafor said the tolls would stay and also warned that repairs would take a year.", "Okafor", "said", ["the tolls would stay"], "indirect"],
  ["a coordinated verb that is not speech stays in the content", "Lind said the ferry left late and arrived after dark.", "Lind", "said", ["the ferry left late and arrived after dark"], "indirect"],
  ["an inverted attribution inside the sentence, then its verb", "The real trouble, says Carl Lind, a ferry owner, is that the tide has turned.", "Carl Lind, a ferry owner", "says", ["The real trouble", "is that the tide has turned"], "indirect"],
  ["a parenthetical attribution before an adverb and the verb", "The ferries, Lind said, now run twice a day.", "Lind", "said", ["The ferries", "now run twice a day"], "indirect"],
  ["issuing a statement belongs to the cue", "The port authority issued a statement on Tuesday saying the cranes were safe.", "The port authority", "issued a statement on Tuesday saying", ["the cranes were safe"], "indirect"],
  ["a fronted subordinate clause is not the content", "As the storm moved north, the harbour master said the ferries would stay in port.", "the harbour master", "said", ["the ferries would stay in port"], "indirect"],
  ["a fronted 'as for' is not the content", "As for the tolls, Okafor said they would not rise at all.", "Okafor", "said", ["they would not rise at all"], "indirect"],
  ["a fronted infinitive clause is not the content", "To calm the traders, the board promised a review of the fees.", "the board", "promised", ["a review of the fees"], "indirect"],
  ["content before the source still reads with a subordinate clause inside", "If the talks fail, the strike will go on, the union said.", "the union", "said", ["If the talks fail, the strike will go on"], "indirect"],
  ["a relative clause describing the speaker stays in a source before the cue", "Ana Ruiz, who has known the family for years, said the house was empty.", "Ana Ruiz, who has known the family for years", "said", ["the house was empty"], "indirect"],
  ["a relative clause describing the speaker stays in an inverted source", "The harbour will reopen in May, said Tom Vale, a ferry captain who has known the mayor for two decades.", "Tom Vale, a ferry captain who has known the mayor for two decades", "said", ["The harbour will reopen in May"], "indirect"],
  ["a relative clause of saying is a statement of its own, not the source", "“We are ready,” said Ivo Berg, who added that the crews were trained.", "Ivo Berg", "said", ["“We are ready,”"], "direct"],
  ["a verb of saying after a causative verb has its object as source", "The storm led the captain to announce that the ferry would stay in port.", "the captain", "to announce", ["that the ferry would stay in port"], "indirect"],
  ["'went on to say' is one cue with the clause's subject", "The mayor went on to say the tram would be free.", "The mayor", "went on to say", ["the tram would be free"], "indirect"],
  ["a sentence adverb between the subject and the verb", "Okafor however said the tolls would stay until spring.", "Okafor", "said", ["the tolls would stay until spring"], "indirect"],
  ["'since' between the auxiliary and the verb", "The harbour board has since stressed that no crane was unsafe.", "The harbour board", "has since stressed", ["that no crane was unsafe"], "indirect"],
  ["issuing a statement after a bare name belongs to the cue", "Okafor issued a statement saying the cranes were safe.", "Okafor", "issued a statement saying", ["the cranes were safe"], "indirect"],
  ["an opening mark typed to close a quotation before an inverted cue", "The ferry ran late. “It was a long night,“ said Tom Vale, a deckhand on the night crossing.", "Tom Vale, a deckhand on the night crossing", "said", ["“It was a long night,“"], "direct"],
  ["', with' opens the writer's absolute clause after the content", "The port authority denied the spill had happened, with its chief calling the reports “fiction” on the radio.", "The port authority", "denied", ["the spill had happened"], "indirect"],
  ["a long fronted prepositional phrase sets the scene: the object after the cue is the content", "With the help of a short film about the night shift, the director asked the crew to stay late.", "the director", "asked", ["the crew to stay late"], "indirect"],
  ["a semicolon after an inverted cue closes the attribution", "The board did receive some letters of warning, she said; her staff found them in a drawer.", "she", "said", ["The board did receive some letters of warning"], "indirect"],
  ["a fronted adverbial before a parenthetical cue and a quotation: the quotation is the content", "In his speech, the harbour master declares, “The port belongs to the town.”", "the harbour master", "declares", ["“The port belongs to the town.”"], "direct"],
  ["an interposed 'when' clause is not part of the source", "The port office, when reached by phone, said the ferry could not run.", "The port office", "said", ["the ferry could not run"], "indirect"],
  ["a two-word time phrase between subject and verb", "Vale last week said the ferry would run again.", "Vale", "said", ["the ferry would run again"], "indirect"],
  ["a three-word time phrase between an apposition and the verb", "Mira Sol, the ferry board's chair, this past week announced that the winter timetable would start early.", "Mira Sol, the ferry board's chair", "announced", ["that the winter timetable would start early"], "indirect"],
  ["an apposition naming part of the group", "Skippers, many of them owners of one boat, argue that the fees favour the big fleets.", "Skippers, many of them owners of one boat", "argue", ["that the fees favour the big fleets"], "indirect"],
  ["'went out of her way to' joins the cue as 'went on to' does", "The harbour master went out of her way to insist that the night ferries were safe.", "The harbour master", "went out of her way to insist", ["that the night ferries were safe"], "indirect"],
  ["a petition launched belongs to the cue, as a statement issued does", "The ferry users' group launched a petition urging the board to keep the night boat.", "The ferry users' group", "launched a petition urging", ["the board to keep the night boat"], "indirect"],
  ["a time after a participle in the subject is part of it", "A survey published Monday said most skippers backed the new fees.", "A survey published Monday", "said", ["most skippers backed the new fees"], "indirect"],
  ["an apposition opening on a floating quantifier", "Tomas Eld and Ines Falk, both up for election in May, said they would keep the night ferry.", "Tomas Eld and Ines Falk, both up for election in May", "said", ["they would keep the night ferry"], "indirect"],
  ["a gerund after a preposition is no act of the noun phrase before it", "The court heard from Tom Vale, a man convicted of threatening the clerk. We must act, she said.", "she", "said", ["We must act"], "indirect"],
  ["'what it calls' before a quotation names the organisation's own words", "The union backs what it calls “fair rules for the night shift.”", "it", "calls", ["“fair rules for the night shift.”"], "direct"],
  ["an apposition opening on a possessive name", "Ada Berg of Nordbank, Norway's oldest savings bank, warned that rates would rise.", "Ada Berg of Nordbank, Norway's oldest savings bank", "warned", ["that rates would rise"], "indirect"],
  ["'vowed to' after a quoted sentence is content, not the quotation", "“We will not sell,” the owner said. She vowed to keep the shop open all winter.", "She", "vowed", ["to keep the shop open all winter"], "indirect"],
  ["passive quoted as saying", "Ortiz was quoted as saying that the pier would close.", "Ortiz", "was quoted as saying", ["that the pier would close"], "indirect"],
  ["quoted by an outlet as saying", "Last year Ortiz was quoted by the Gazette as calling the plan a fraud.", "Ortiz", "was quoted by the Gazette as calling", ["the plan a fraud"]],
  ["quoted as saying after a quotation", "“It is late,” Ortiz is quoted as saying.", "Ortiz", "is quoted as saying", ["“It is late,”"], "direct"],
  ["fronted subordinate clause before the subject", "While terms of the sale were not disclosed, a person close to the talks, speaking on condition of anonymity, said the price was high.", "a person close to the talks", "said", ["the price was high"], "indirect"],
  ["source inside an aside in parentheses", "The vault sits under the old mill (clerks at the county archive say no plans of it survive).", "clerks at the county archive", "say", ["no plans of it survive"], "indirect"],
  ["a share of those polled with a percent sign", "On fares, 42% say the ferry costs too much.", "42%", "say", ["the ferry costs too much"], "indirect"],
  ["a percent sign before 'of' and a group", "In the survey, 61% of ferry owners said the tolls were fair.", "61% of ferry owners", "said", ["the tolls were fair"], "indirect"],
  ["a gerund of saying after a fronted preposition has the subject after the comma", "After saying she was tired of the delays, the harbour master left the meeting.", "the harbour master", "saying", ["she was tired of the delays"], "indirect"],
  ["a gerund of saying after 'by' has the main clause's subject", "The harbour master ended the meeting by saying the pier would stay closed.", "The harbour master", "saying", ["the pier would stay closed"], "indirect"],
  ["a gerund of saying after 'while' has the main clause's subject", "The captain praised the crew while insisting that the ferry had been late.", "The captain", "insisting", ["that the ferry had been late"], "indirect"],
  ["a participle of saying has the main clause's subject, not that of a statement inside its object", "Councillor Ines Moreau defended her call to cap ferry fares at two euros, saying the port could afford it.", "Councillor Ines Moreau", "saying", ["the port could afford it"], "indirect"],
  ["a fronted adverbial ending on a noun, with no comma", "After nine winters at sea the skipper said he was done.", "the skipper", "said", ["he was done"], "indirect"],
  ["a fronted time with a demonstrative, with no comma", "Later that evening the harbour master told reporters the pier would open.", "the harbour master", "told", ["the pier would open"], "indirect"],
  ["'… later' before a bare plural subject", "Three hours later firefighters said the blaze was out.", "firefighters", "said", ["the blaze was out"], "indirect"],
  ["a fronted place ending on a name, with no comma", "At a meeting in Northport the treasurer warned that the fund was empty.", "the treasurer", "warned", ["that the fund was empty"], "indirect"],
  ["a preposition inside the subject is no adverbial", "Residents near the harbour say the water is dirty.", "Residents near the harbour", "say", ["the water is dirty"], "indirect"],
  ["a degree word before a share is no adverbial", "Nearly a third say the fares are too high.", "Nearly a third", "say", ["the fares are too high"], "indirect"],
  ["a title inside the subject is no quotation", "The “Harbour Lights” singer later said the tour was off.", "The “Harbour Lights” singer", "said", ["the tour was off"], "indirect"],
  ["a title after a possessive", "The station’s ‘Morning Tide’ host told reporters the show would end.", "The station’s ‘Morning Tide’ host", "told", ["the show would end"], "indirect"],
  ["a title opening a quoted sentence stays a quotation", "“Harbour Lights” is her best song, the singer said.", "the singer", "said", ["“Harbour Lights” is her best song"]],
  ["a passive's agent ends at 'as'; the subject is what was described", "The ferry plan was described by harbour pilots as reckless.", "harbour pilots", "was described", ["The ferry plan"]],
  ["a passive's agent ends at 'of' and a gerund", "The skipper was accused by rival crews of cheating.", "rival crews", "was accused", ["The skipper"]],
  ["an adjunct after a passive's agent is no content", "The toll plan was rejected by the council on Monday.", "the council", "was rejected", ["The toll plan"]],
  ["a passive's agent goes on over 'of the' inside a name", "The toll plan was criticized by the Friends of the Harbour.", "the Friends of the Harbour", "was criticized", ["The toll plan"]],
  ["a passive's agent goes on over 'of' after a noun", "The toll plan was criticized by the head of the dock union.", "the head of the dock union", "was criticized", ["The toll plan"]],
  ["a lower-case word spelled like an abbreviation ends its sentence", "The skipper fell ill. The mayor said the pier was safe.", "The mayor", "said", ["the pier was safe"], "indirect"],
  ["a state's abbreviation keeps its sentence going", "Ruiz, a ferry captain from Peoria, Ill., said the fees were fair.", "Ruiz, a ferry captain from Peoria, Ill.", "said", ["the fees were fair"], "indirect"],
  ["a restrictive relative clause with 'who' is part of the subject", "Skippers who crossed the bay at dawn said the fog was thick.", "Skippers who crossed the bay at dawn", "said", ["the fog was thick"], "indirect"],
  ["'that' opening a clause is no relative subject", "It was a deadline that harbour officials said went unnoticed.", "harbour officials", "said", ["went unnoticed"]],
  ["a participle of saying after a spaced en dash", "The captain changed his plans on the spot – saying the storm was too close.", "The captain", "saying", ["the storm was too close"], "indirect"],
  ["'went on to say' after a bare name, before a quotation", "Ortiz went on to say, “The pier will close in March.”", "Ortiz", "went on to say", ["“The pier will close in March.”"], "direct"],
  ["a catenative after a bare name joins the verb of saying", "Okafor began to argue that the tolls were unfair.", "Okafor", "began to argue", ["that the tolls were unfair"], "indirect"],
  ["an aside between commas after the auxiliary", "The harbour board did, in fact, say the cranes were safe.", "The harbour board", "say", ["the cranes were safe"], "indirect"],
  ["an aside between commas after 'has'", "Lindqvist has, however, said the ferry will run all winter.", "Lindqvist", "has, however, said", ["the ferry will run all winter"], "indirect"],
  ["a coordinated subject after the reported clause", "The ferry will run all winter, Okafor and others said.", "Okafor and others", "said", ["The ferry will run all winter"], "indirect"],
  ["a coordinated subject with articles after the reported clause", "The tolls will rise, the treasurer and two clerks said.", "the treasurer and two clerks", "said", ["The tolls will rise"], "indirect"],
  ["a list of three after the reported clause", "The pier stays shut, Vale, Moreau and the harbour pilots said.", "Vale, Moreau and the harbour pilots", "said", ["The pier stays shut"], "indirect"],
  ["an inverted coordinated source with a lower-case last member", "The tolls, said Moreau and others, were never fair.", "Moreau and others", "said", ["The tolls", "were never fair"], "indirect"],
  ["an inverted coordinated source ends the sentence", "“We are ready,” said the skipper and her first mate.", "the skipper and her first mate", "said", ["“We are ready,”"], "direct"],
  ["a fronted time phrase with a comma is no subject of a participle", "A few weeks later, Okafor changed course, telling the board the pier was safe.", "Okafor", "telling", ["the pier was safe"], "indirect"],
  ["a fronted time phrase is no subject of a coordinated verb", "Some minutes later the clerks came back and said the vote was void.", "the clerks", "said", ["the vote was void"], "indirect"],
  ["an irregular past verb ends the subject of a coordinated verb", "The skipper sold the boat and said the trade was dead.", "The skipper", "said", ["the trade was dead"], "indirect"],
  ["a fronted 'soon' is no part of the name", "Soon Okafor had declared that the pier was safe.", "Okafor", "had declared", ["that the pier was safe"], "indirect"],
  ["a restrictive relative clause with auxiliaries is part of the subject", "Clerks who have done the count say the vote was close.", "Clerks who have done the count", "say", ["the vote was close"], "indirect"],
  ["a restrictive relative clause with 'did' is part of the subject", "Skippers who did the crossing twice said the fog was thick.", "Skippers who did the crossing twice", "said", ["the fog was thick"], "indirect"],
  ["a passive's agent after its complement", "The skipper was accused of cheating by two rival crews.", "two rival crews", "was accused", ["The skipper"]],
  ["a passive's agent after a 'for' complement", "The clerk was praised for her patience by the union.", "the union", "was praised", ["The clerk"]],
  ["a passive's agent ends before a second complement", "The skipper was accused of theft by a deckhand and of fraud by the owner.", "a deckhand", "was accused", ["The skipper"]],
  ["a passive's agent ends before a second complement without 'of'", "The skipper was accused of theft by a deckhand and fraud by the owner.", "a deckhand", "was accused", ["The skipper"]],
  ["a passive's agent after a complement may be two people", "The skipper was accused of theft by a deckhand and the cook.", "a deckhand and the cook", "was accused", ["The skipper"]],
  ["'by the end of' after a complement is no agent", "The skipper was accused of cheating by the end of the season.", null, "was accused", ["of cheating by the end of the season"]],
  ["a quotation with its own tag is not the speaker before going on", "“We got ten boats,” the harbour master said. “Is that all?” Vale asked.", "the harbour master", "said", ["“We got ten boats,”"], "direct"],
  ["'in a statement' and a time before a reported clause without 'that'", "The ferry line said in a statement on Friday night it would appeal.", "The ferry line", "said", ["it would appeal"], "indirect"],
  ["a pronoun and a name after a reported clause with a contracted verb", "It’s not about the tolls, she and Mr. Vale said.", "she and Mr. Vale", "said", ["It’s not about the tolls"], "indirect"],
  ["two fronted adverbials before a tag and a quotation", "Later, in remarks at the harbour office, Vale said, “We oppose the tolls.”", "Vale", "said", ["“We oppose the tolls.”"], "direct"],
  ["a time and a setting before a tag and a quotation", "On Monday, in a speech to the board, Okafor said, “The pier stays shut.”", "Okafor", "said", ["“The pier stays shut.”"], "direct"],
  ["'as' without a comma tells when: the clause before it is no content", "Charges were filed as the warden testified before the council.", "the warden", "testified", ["before the council"]],
  ["'as' after a quotation closing on a comma", "The pier was “the worst in the county,” as the Harbor Gazette reported.", "the Harbor Gazette", "reported", ["The pier was “the worst in the county,”"]],
  ["an inverted source, then a clause of the writer's", "“The pier is safe,” said Tom Vale when asked about the storm.", "Tom Vale", "said", ["“The pier is safe,”"], "direct"],
  ["an inverted source with a relative clause without a comma", "“The pier is safe,” said a port analyst who has worked for the mayor.", "a port analyst who has worked for the mayor", "said", ["“The pier is safe,”"], "direct"],
  ["an inverted source whose relative clause is too long ends before 'who'", "“The pier is safe,” said one of the two witnesses who had watched the whole long night of the storm from the old lighthouse on the cape.", "one of the two witnesses", "said", ["“The pier is safe,”"], "direct"],
  ["NYT double apostrophes closing right after a single quotation", "''We will win the vote 'by a mile,''' Mr. Okafor said.", "Mr. Okafor", "said", ["''We will win the vote 'by a mile,'''"], "direct"],
  ["a personal pronoun and a noun phrase coordinated as the subject", "She and her aides said the pier was safe.", "She and her aides", "said", ["the pier was safe"], "indirect"],
  ["words of tenure coordinated inside the subject", "In May, five past and current harbour employees said the pier was unsafe.", "five past and current harbour employees", "said", ["the pier was unsafe"], "indirect"],
  ["two roles coordinated inside the subject", "The harbour senator and ferry candidate said the pier was safe.", "The harbour senator and ferry candidate", "said", ["the pier was safe"], "indirect"],
  ["a list of names before 'and' and a last member", "Ana Ruiz, Tom Hale, Ivo Berg and many other captains said the pier was safe.", "Ana Ruiz, Tom Hale, Ivo Berg and many other captains", "said", ["the pier was safe"], "indirect"],
  ["a fronted 'shortly after' phrase sets the scene: the object after the cue is the content", "Shortly after the vote, the harbour master announced his resignation.", "the harbour master", "announced", ["his resignation"], "indirect"],
  ["a fronted phrase after a dateline sets the scene: the object after the cue is the content", "PORT ELLEN - On Friday morning, the third day of his tour, the mayor told a joke.", "the mayor", "told", ["a joke"], "indirect"],
  ["a passive closed by a comma has its subject as content, not the clause after the comma", "Shortly after the result was declared, Okafor thanked the crews.", null, "was declared", ["the result"], "indirect"],
  ["a passive with an agent, then an apposition of the agent", "Her death was confirmed by the Harbour Forum, the group she founded.", "the Harbour Forum", "was confirmed", ["Her death"], "indirect"],
  ["a contracted pronoun is the whole subject of a gerund after 'by'", "We’ll begin by noting that the tide tables are old.", "We’ll", "noting", ["that the tide tables are old"], "indirect"],
  ["a cue in a fronted subordinate clause reports up to the main clause", "Although the harbour master said the cranes were sound, the union has kept its crews at home.", "the harbour master", "said", ["the cranes were sound"], "indirect"],
  ["a fronted 'if' clause ends the content before the main clause", "If the ferry firm claims that fuel costs doubled, it will have to show the bills.", "the ferry firm", "claims", ["that fuel costs doubled"], "indirect"],
  ["a participle's phrase goes on inside an inverted source", "The toll will rise in May, according to a letter sent to the traders by the port board.", "a letter sent to the traders by the port board", "according to", ["The toll will rise in May"], "according-to"],
  ["a relative clause in an inverted source is kept whole", "The pier will close, said a harbour clerk who spoke on condition of anonymity.", "a harbour clerk who spoke on condition of anonymity", "said", ["The pier will close"], "indirect"],
  ["where the speaker is from, after an age", "Ines Marlow, 52, of Port Ellen, said the night ferry was her lifeline.", "Ines Marlow, 52, of Port Ellen", "said", ["the night ferry was her lifeline"], "indirect"],
  ["the members named in an apposition", "Several skippers, including Ola Berg and Tove Lind, argued that the fees were unfair.", "Several skippers, including Ola Berg and Tove Lind", "argued", ["that the fees were unfair"], "indirect"],
  ["two noun phrases with articles opening the clause", "The port board and a group of skippers said the pier would reopen in June.", "The port board and a group of skippers", "said", ["the pier would reopen in June"], "indirect"],
  ["two roles of one speaker before an apposition", "The veteran skipper and union organiser, who has fished here for decades, said the quotas were too low.", "The veteran skipper and union organiser, who has fished here for decades", "said", ["the quotas were too low"], "indirect"],
  ["a plural noun of saying and a finite verb go on in the content", "The skippers said the Danish and Dutch claims are false.", "The skippers", "said", ["the Danish and Dutch claims are false"], "indirect"],
  ["an opening 'according to', a short adverbial, then a clause holding a cue of its own", "According to the port board, as of last year, the harbour had admitted more than 900 boats.", "the port board", "According to", ["as of last year, the harbour had admitted more than 900 boats"], "according-to"],
  ["a capitalised article inside the phrase opens the subject of a relative clause", "That is the number of boats The Harbour Gazette said had sunk.", "The Harbour Gazette", "said", ["had sunk"], "indirect"],
  ["after 'the place', a relative clause's own subject", "It was the place port officials said the ferry sank.", "port officials", "said", ["the ferry sank"], "indirect"],
  ["after a noun that 'a' opens, a plural noun of people is a relative clause's own subject", "The port bought a crane dockers say it never needed.", "dockers", "say", ["it never needed"], "indirect"],
  ["the same after 'an' and a two-word noun", "The town signed an energy contract economists warn will double bills.", "economists", "warn", ["will double bills"], "indirect"],
  ["a count after 'a' keeps its noun ('a dozen dockers')", "A dozen dockers said the crane was idle.", "A dozen dockers", "said", ["the crane was idle"], "indirect"],
  ["'of' joins a count to its noun ('a majority of dockers')", "A majority of dockers said the crane was idle.", "A majority of dockers", "said", ["the crane was idle"], "indirect"],
  ["a noun before a plural of people without 'a' is a compound ('Port officials')", "Port officials said the crane was idle.", "Port officials", "said", ["the crane was idle"], "indirect"],
  ["a quotation, then 'and' and a new speaker's verb of saying, ends the content", "Asked about the ferry, 40 percent said “not likely” and 12 percent said “never.”", "40 percent", "said", ["“not likely”"], "direct"],
  ["a quotation closing on a comma, then any participle, ends the content", "Lind said “it is time the club changed,” promising the old rules would return.", "Lind", "said", ["“it is time the club changed,”"], "direct"],
  ["a document sent, then a participle of saying: the sender speaks", "The ferry firm also sent a letter saying the winter timetable would stay.", "The ferry firm", "sent a letter saying", ["the winter timetable would stay"], "indirect"],
  ["a document posted after an auxiliary", "Okafor has posted a video saying the pier was safe.", "Okafor", "posted a video saying", ["the pier was safe"], "indirect"],
  ["inverted source, then where it was said", "“We waited long enough,” said Teodor Vance, the port director, at a public hearing on Friday.", "Teodor Vance, the port director", "said", ["“We waited long enough,”"], "direct"],
  ["a base form after a plural subject is a present verb", "Harbour officials deny any links to the dredging firm.", "Harbour officials", "deny", ["any links to the dredging firm"]],
  ["a base form after a plural subject, an infinitive for content", "Pilots vow to strike over the new rosters", "Pilots", "vow", ["to strike over the new rosters"]],
  ["a word in -s that is a noun too, before 'that' and a clause's subject", "The complaint states that the landlord cut the heat.", "The complaint", "states", ["that the landlord cut the heat"]],
  ["a word in -s that is a noun too, after a name, before 'that'", "Ms. Oyelaran states that she was never paid.", "Ms. Oyelaran", "states", ["that she was never paid"]],
  ["a year before a word in -s counts nothing", "The 2030 plan calls for a second ferry.", "The 2030 plan", "calls for", ["a second ferry"]],
  ["a name after an apposition, naming the noun it ends on", "Ilse Varga, the editor of the weekly paper, Nordlicht, said every council was partisan.", "Ilse Varga, the editor of the weekly paper, Nordlicht", "said", ["every council was partisan"]],
  ["a stray comma after a party tag, behind an adverbial opening the sentence", "After the count in the county, Sen. Rita Olmos (D-NM), said, “We are not done.”", "Sen. Rita Olmos (D-NM)", "said", ["“We are not done.”"]],
  ["a question put in the passive: the agent asks", "On Sunday, Okafor was asked by the host Dana Pryce whether the levy would rise.", "the host Dana Pryce", "was asked", ["whether the levy would rise"]],
  ["a question put in the passive: the quotation after the comma", "In the interview, Okafor was asked, “Which pier would you close first?”", null, "was asked", ["“Which pier would you close first?”"]],
];
const pick = (st: Statement[]): Statement[] => st.filter((s) => s.parent === undefined);

describe("extractStatements constructions", () => {
  test.each(rows)("%s", (_name, text, source, cue, content, mode) => {
    const st = pick(extractStatements(text));
    const hit = st.find((s) => s.cue?.text === cue);
    expect(hit, JSON.stringify(st.map((s) => [s.source?.text, s.cue?.text, s.content.text]))).toBeDefined();
    if (!hit) return;
    expect(hit.source?.text ?? null).toBe(source);
    const parts = (hit.contentParts ?? [hit.content]).map((p) => p.text);
    expect(parts).toEqual(content);
    if (mode) expect(hit.mode).toBe(mode);
    // Offsets are UTF-16 and span text is always the slice it names.
    for (const sp of [hit.source, hit.cue, hit.content, ...(hit.contentParts ?? [])]) {
      if (sp) expect(text.slice(sp.start, sp.end)).toBe(sp.text);
    }
    expect(hit.speaker).toBe(source);
    expect(hit.party).toBeNull();
    expect(hit.labels).toEqual([]);
    expect(hit.counter).toEqual([]);
  });
});

describe("words that are no cue of their own", () => {
  test.each([
    ["a plural count before a noun of saying", "The ward office got 40 phone calls on Friday.", "calls"],
    ["a number before a noun of saying", "The clinic took 75 calls before noon.", "calls"],
    ["a quantifier before a noun of saying", "She made several claims about the landlord.", "claims"],
    ["'add up' after a plural", "The fees add up to a month's rent.", "add"],
    ["a noun in -s before a relative clause", "Other states that border the lake have signed.", "states"],
    ["the catenative before a verb of saying", "Ortiz went on to say the pier would close.", "went"],
    ["the catenative before a verb of saying, no quotation", "Okafor began to argue that the tolls were unfair.", "began"],
    ["a document's participle of publishing", "In a video posted to the port's page, Ortiz said the pier would close.", "posted"],
    ["a document's participle before a time", "A letter released Tuesday listed the names of the crew.", "released"],
    ["a verb of publishing after an object's noun, before a time", "Marlow Foods will buy the brand in a deal announced on Monday.", "announced"],
    ["a verb of proposing after an object's noun, before 'to'", "The trustees rejected two changes proposed to the rota by the night crew.", "proposed"],
    ["a fronted participle with adverbs for a subject", "Although rarely ever discussed in public, the strike still divides the port.", "discussed"],
    ["a gerund after 'by' in a phrase with no verb (a list item)", "Hands-free control of the lights by saying “Lamp on”", "saying"],
    ["a colon after an object pronoun", "He regrets it: “Nobody here wanted a toll.”", ":"],
    ["a plural noun of saying before a place", "The guild doubts the ferry firm’s bold safety claims in its brochure and has asked the port to check them.", "claims"],
    ["a plural noun of saying before a finite verb", "The skippers said the Danish and Dutch claims are false.", "claims"],
    ["'say' as the noun of having", "The traders want a say in how the pier is run.", "say"],
    ["'say' after 'the final'", "The port board has the final say on the new tolls.", "say"],
    ["a plural noun of saying before a time", "The brochure repeats its glossy claims since the spring edition, the guild noted.", "claims"],

  ])("%s", (_name, text, word) => {
    const st = extractStatements(text);
    expect(st.map((s) => s.cue?.text)).not.toContain(word);
  });

  test("a participle after the document's clause has the main clause's subject", () => {
    const st = extractStatements("Ortiz thanked the crews for their patience in a note posted on the port's page, saying the repairs were nearly done.");
    const saying = st.find((s) => s.cue?.text === "saying");
    expect(saying?.source?.text).toBe("Ortiz");
  });

  test("the verb of a plural noun's form with a clause of saying is still a cue", () => {
    const st = extractStatements("The union claims in its filing that the vote was rigged.");
    expect(st.find((s) => s.cue?.text === "claims")?.source?.text).toBe("The union");
  });

  test("a verb after a plural noun of saying keeps the sentence's subject", () => {
    const st = extractStatements("The guild is a long critic of the ferry firm’s bold safety claims in its brochure and has accused the firm of cutting corners.");
    expect(st.find((s) => s.cue?.text === "has accused")?.source?.text).toBe("The guild");
  });

  test("a verb of publishing with a reported clause after it is still a cue", () => {
    const st = extractStatements("Officials at the port authority announced on Monday that the pier would close.");
    expect(st.find((s) => s.cue?.text === "announced")?.source?.text).toBe("Officials at the port authority");
  });

  test("an adverb of degree opening a source is kept", () => {
    const st = extractStatements("Highly placed sources said the pier would close.");
    expect(st.find((s) => s.cue?.text === "said")?.source?.text).toBe("Highly placed sources");
  });

  test("a document that speaks is still a source", () => {
    const st = extractStatements("The statement warned about delays at the pier in spring.");
    expect(st.find((s) => s.cue?.text === "warned")?.source?.text).toBe("The statement");
  });
});

describe("stance and source kind", () => {
  test.each([
    ["The ministry denied that its jets were involved.", "denial"],
    ["The group alleged that the jets struck a market.", "allegation"],
    ["The minister admitted that mistakes were made.", "concession"],
    ["The minister insisted that no mistakes were made.", "assertive"],
    ["The minister said that no mistakes were made.", "neutral"],
  ])("%s -> %s", (text, stance) => {
    expect(extractStatements(text)[0]?.stance).toBe(stance);
  });
  test.each([
    ["Officials said the road would reopen.", "unnamed"],
    ["A person familiar with the talks, who spoke on condition of anonymity, said the deal was close.", "anonymous"],
    ["A new poll shows the mayor trailing.", "document"],
    ["Maria Lopez said the road would reopen.", "named-person"],
    ["The Defense Ministry said the road would reopen.", "named-organization"],
    ["A ministry spokesman said the road would reopen.", "official"],
  ])("%s -> %s", (text, kind) => {
    expect(extractStatements(text)[0]?.sourceKind).toBe(kind);
  });
});

describe("nesting and coordination", () => {
  test("a statement reported inside another keeps a parent link", () => {
    const st = extractStatements("The lawyer said that the witness claimed the car was red.");
    const inner = st.find((s) => s.cue?.text === "claimed");
    expect(inner?.parent).toBe(st.findIndex((s) => s.cue?.text === "said"));
  });
  test("a quotation is not nested in a later cue describing its speaker ('…, who spoke on condition of anonymity')", () => {
    const st = extractStatements("''The tolls will rise,'' said Ana Ruiz, who spoke on condition of anonymity because she was not authorized to talk. ''Nobody wants that.''");
    const said = st.find((s) => s.cue?.text === "said");
    expect(said?.source?.text).toBe("Ana Ruiz");
    expect(said?.parent).toBeUndefined();
  });
  test("coordinated attributions are separate statements", () => {
    const st = pick(extractStatements("Smith alleged that the count was rigged, while Jones admitted that mistakes were made."));
    expect(st.map((s) => [s.source?.text, s.content.text])).toEqual([
      ["Smith", "that the count was rigged"],
      ["Jones", "that mistakes were made"],
    ]);
  });
});

describe("coordinated cues and relative clauses", () => {
  test("a verb coordinated with a cue keeps the main subject (\"apologized … and pledged\")", () => {
    const st = pick(extractStatements("The harbor master Ana Ruiz apologized to the crews for the delay and pledged to publish the costs."));
    expect(st.map((s) => [s.source?.text, s.cue?.text, s.content.text])).toEqual([
      ["The harbor master Ana Ruiz", "apologized", "to the crews for the delay"],
      ["The harbor master Ana Ruiz", "pledged", "to publish the costs"],
    ]);
  });
  test("a cue in a relative clause of the object does not drop the outer cue, and ends at the coordinated verb", () => {
    const st = extractStatements("The mayor Ana Ruiz apologized to the two dock workers who accused her of neglect, and pledged to form a panel.");
    const by = (cue: string) => st.find((s) => s.cue?.text === cue);
    expect(by("apologized")?.source?.text).toBe("The mayor Ana Ruiz");
    expect(by("accused")?.content.text).toBe("her of neglect");
    expect(by("accused")?.parent).toBe(st.indexOf(by("apologized")!));
    expect(by("pledged")?.source?.text).toBe("The mayor Ana Ruiz");
    expect(by("pledged")?.parent).toBeUndefined();
  });
});

describe("nested reports", () => {
  test("a report inside a stronger statement stays, nested, when a stronger cue sits in its own content", () => {
    const st = extractStatements("Ruiz said she initially raised the shortfall with the contractors in June, after the newsletter reported the grant had been frozen.");
    const said = st.findIndex((s) => s.cue?.text === "said");
    const raised = st.find((s) => s.cue?.text === "raised");
    expect(raised?.parent).toBe(said);
    expect(st.find((s) => s.cue?.text === "reported")?.parent).toBe(st.indexOf(raised!));
  });
  test("a verb coordinated with the outer cue is not swallowed by a nested one", () => {
    const st = extractStatements("Harbor chief Ana Ruiz says she spoke to the mayor and asked him to condemn the violence.");
    const asked = st.find((s) => s.cue?.text === "asked");
    expect(asked?.source?.text).toBe("Harbor chief Ana Ruiz");
    expect(asked?.parent).toBeUndefined();
    // (speaking to someone with no topic named reports nothing)
    expect(st.find((s) => s.cue?.text === "spoke")).toBeUndefined();
  });
  test("\"It did not disclose … and said\": a core verb of saying coordinated after a clause with \"it\"", () => {
    const st = extractStatements("The ministry did not disclose the figures.\n\nIt did not disclose the cost of the repairs and said it was keeping back the list of bidders.");
    expect(st.find((s) => s.cue?.text === "said")?.source?.text).toBe("It");
  });
});

describe("agentless passives inside content", () => {
  test("do not make the outer cue yield", () => {
    const st = extractStatements("Ruiz disputed the notion that she had been part of what has been portrayed as a back channel.");
    expect(st.find((s) => s.cue?.text === "disputed")?.source?.text).toBe("Ruiz");
  });
});

describe("a participle of accusing with no 'be' before it", () => {
  test.each([
    ["a headline", "Harbour clerk accused of hiding toll receipts", "accused"],
    ["a reduced relative", "The board fired a clerk charged with theft last spring.", "charged"],
  ])("is a passive: its noun is the accused, no accuser (%s)", (_name, text, cue) => {
    const st = extractStatements(text).find((s) => s.cue?.text === cue);
    expect(st?.source ?? null).toBeNull();
  });
  test("an active one with its object keeps its subject", () => {
    const st = extractStatements("Skippers accused the clerk of hiding toll receipts.");
    expect(st.find((s) => s.cue?.text === "accused")?.source?.text).toBe("Skippers");
  });
});

describe("a relative clause after the content whose verb of saying ends the sentence", () => {
  test.each([
    ["Harbour staff warned that the cranes were unsafe, which the port authority disputes.", "warned", "that the cranes were unsafe"],
    ["Skippers said the toll had doubled, a figure that the board denies.", "said", "the toll had doubled"],
  ])("is another side's answer, no part of the content: %s", (text, cue, content) => {
    expect(extractStatements(text).find((s) => s.cue?.text === cue)?.content.text).toBe(content);
  });
  test("one whose verb of saying has a clause of its own stays in the content", () => {
    const st = extractStatements("The union said the fees rose again, which it said had cost jobs.");
    expect(st.find((s) => s.source?.text === "The union")?.content.text).toBe("the fees rose again, which it said had cost jobs");
  });
});

describe("relative clauses around quotations", () => {
  test("a subject with a relative clause closed by a comma inside a quotation still speaks", () => {
    const st = extractStatements("The mayor, who called the plan “a disaster,” said it would fail.");
    const said = st.find((s) => s.cue?.text === "said");
    expect(said?.source?.text).toBe("The mayor");
    expect(said?.content.text).toBe("it would fail");
    expect(st.find((s) => s.cue?.text === "called")?.content.text).toBe("the plan “a disaster,”");
  });
  test("a quotation opening on an auxiliary after a relative clause belongs to the outer clause", () => {
    const st = extractStatements("Last May, Ms. Ruiz said that workers who had accused the board of misconduct “should be heard, and they should be paid.”");
    expect(st.find((s) => s.cue?.text === "had accused")?.content.text).toBe("the board of misconduct");
  });
  test("a dateline with a double dash does not hide the subject of a participle clause", () => {
    const st = extractStatements("EASTPORT, Maine (AP) -- The father of the harbor gunman has made a series of videos about his homeland, even once describing himself as its “true president.”");
    expect(st.find((s) => s.cue?.text === "describing")?.source?.text).toBe("The father of the harbor gunman");
  });
});

describe("long appositions and phrases of saying", () => {
  test("a titled name after a fronted adverbial is the subject, not a place", () => {
    const st = extractStatements("Soon after her arrival in Eastport, Ms. Ruiz, the first harbor chief, said that she saw the job as a step.");
    expect(st.find((s) => s.cue?.text === "said")?.source?.text).toBe("Ms. Ruiz, the first harbor chief");
  });
  test("\"made clear\" after an apposition is a cue", () => {
    const st = extractStatements("After her arrival in Eastport, Ms. Ruiz, the first harbor chief, made clear that she saw the job as a step.");
    expect(st.find((s) => s.cue?.text === "made clear")?.source?.text).toBe("Ms. Ruiz, the first harbor chief");
  });
  test.each([
    ["The dock workers made it clear on Friday that the strike would go on.", "The dock workers", "made it clear", "that the strike would go on"],
    ["The bishop has made very clear he will not attend.", "The bishop", "has made very clear", "he will not attend"],
    ["Mayor Oduya made it abundantly clear that the pool would reopen.", "Mayor Oduya", "made it abundantly clear", "that the pool would reopen"],
  ])("\"made (it) clear\": the cue takes in \"clear\" (%s)", (text, source, cue, content) => {
    const s = extractStatements(text).find((x) => x.cue?.text.startsWith("ma") || x.cue?.text.startsWith("has"));
    expect([s?.source?.text, s?.cue?.text, s?.content.text]).toEqual([source, cue, content]);
  });
  test("\"went on\" after a quotation is one cue, its first part the content", () => {
    const s = extractStatements("“We waited all winter,” the skipper went on. “Nobody came.”").find((x) => x.cue);
    expect([s?.source?.text, s?.cue?.text, s?.contentParts?.map((p) => p.text)]).toEqual(["the skipper", "went on", ["“We waited all winter,”", "“Nobody came.”"]]);
  });
  test.each([
    ["“Not again,” the skipper groaned.", "the skipper", "groaned", ["“Not again,”"]],
    ["“Why now?” she sighed.", "she", "sighed", ["“Why now?”"]],
    ["“Nobody told us,” the coach shot back.", "the coach", "shot back", ["“Nobody told us,”"]],
    ["“First,” the mayor smiled, “we fix the roads.”", "the mayor", "smiled", ["“First,”", "“we fix the roads.”"]],
    ["“Not again,” groaned the skipper of the old trawler, shaking his head.", "the skipper of the old trawler", "groaned", ["“Not again,”"]],
  ])("a rare verb that tags a quotation is its cue (%s)", (text, source, cue, parts) => {
    const s = extractStatements(text).find((x) => x.cue);
    expect([s?.source?.text, s?.cue?.text, (s?.contentParts ?? (s ? [s.content] : [])).map((p) => p.text)]).toEqual([source, cue, parts]);
  });
  test.each(["The ship, “Northern Star,” sailed at dawn.", "He smiled and waved at the crowd.", "The crowd, “a sea of red,” roared."])("no tag without a quotation it follows and a verb of saying or manner (%s)", (text) => {
    expect(extractStatements(text).filter((x) => x.cue)).toEqual([]);
  });
  test.each([
    ["The minister toured the old harbour fort, dubbed the “Rock” by Dutch sailors held there during the war.", "Dutch sailors", "the “Rock”"],
    ["The fund, called the Harbour Trust by its founders, will pay for the repairs.", "its founders", "the Harbour Trust"],
  ])("a verb that names, after a comma: the agent after \"by\" named it so, the sentence before is nobody's words (%s)", (text, source, content) => {
    expect(extractStatements(text).filter((x) => x.cue).map((x) => [x.source?.text, x.content.text])).toEqual([[source, content]]);
  });
  test("a verb that names, after a comma, with no agent is no statement", () => {
    expect(extractStatements("The minister toured the old harbour fort, dubbed the Rock.").filter((x) => x.cue)).toEqual([]);
  });
  test("a verb of naming still tags a quotation before it", () => {
    const s = extractStatements("“It is dead,” called the mayor from the balcony.").find((x) => x.cue);
    expect([s?.cue?.text, s?.content.text]).toEqual(["called", "“It is dead,”"]);
  });
  test("the time stamp that opens a live report's paragraph is no part of its source", () => {
    const st = extractStatements("The ferry left at noon.\n\n14.32 Rescue teams say they have found the second boat.\n\n16:05 Coast guard officials said the search would go on.");
    expect(st.filter((x) => x.cue?.text === "say" || x.cue?.text === "said").map((x) => x.source?.text)).toEqual(["Rescue teams", "Coast guard officials"]);
  });
  test("\"made\" with another noun of saying keeps the verb alone as its cue", () => {
    const s = extractStatements("The coach made the case that the club needed a new ground.").find((x) => x.cue);
    expect(s?.cue?.text).toBe("made");
  });
});

describe("subhead quotations", () => {
  const text = "Ruiz said the port would grow.\n\n3. “Not a back channel”\n\nRuiz insists she worked through the harbor office.\n\n“Our fears came true”\n\nDay 2: the budget hearing\n\nTom Hale told the council the money was gone.";
  test("a numbered or bare quotation alone in its paragraph belongs to the first named speaker of its section", () => {
    const st = extractStatements(text);
    const heads = st.filter((s) => s.cue === null);
    expect(heads.map((s) => [s.content.text, s.source?.text])).toEqual([
      ["“Not a back channel”", "Ruiz"],
      ["“Our fears came true”", "Tom Hale"],
    ]);
    // in text order, with every parent index still pointing at a statement
    const starts = st.map((s) => s.content.start);
    expect([...starts].sort((x, y) => x - y)).toEqual(starts);
    for (const s of st) if (s.parent !== undefined) expect(st[s.parent]).toBeDefined();
  });
  test("a quotation paragraph with closing punctuation still continues the speaker before", () => {
    const st = extractStatements("“We will rebuild,” Ruiz said.\n\n“And we will do it this year.”\n\nTom Hale told the council the money was gone.");
    const said = st.find((s) => s.cue?.text === "said");
    expect((said?.contentParts ?? []).map((p) => p.text)).toEqual(["“We will rebuild,”", "“And we will do it this year.”"]);
    expect(st.filter((s) => s.cue === null)).toEqual([]);
  });
  test("no heading statement without a named speaker after it", () => {
    expect(extractStatements("Ruiz said the port would grow.\n\n“Not a back channel”\n\nThe weather was fine all week.").filter((s) => s.cue === null)).toEqual([]);
  });
});

describe("an inverted source with a date after it", () => {
  test("the name after the cue speaks even when a date closes the sentence and the content before has commas", () => {
    const text = "Satellite images, witness accounts from the docks and records gathered by shipping clerks reveal a pattern of dumping by night crews, which have ignored the ban at 40 berths, said the Harbor Trust on Tuesday, May 4.";
    const said = extractStatements(text).find((s) => s.cue?.text === "said");
    expect(said?.source?.text).toBe("the Harbor Trust");
    expect(said?.content.text.startsWith("Satellite images")).toBe(true);
  });
});

describe("a date after a participle between commas", () => {
  test.each([
    "The new lease, announced Friday, runs for ten years, the harbour board said.",
    "The ferry timetable, published yesterday, starts in May, the port office said.",
  ])("is when it was said, not who said it: %s", (text) => {
    const st = extractStatements(text);
    expect(st.map((s) => s.source?.text)).toEqual([st.find((s) => s.cue?.text === "said")!.source!.text]);
    expect(st.every((s) => !/^(?:Friday|yesterday)$/.test(s.source?.text ?? ""))).toBe(true);
  });
});

describe("asides between dashes before the verb", () => {
  test.each([
    ["Tomas Eld - in a letter to the harbour board - declared that the pier was unsafe.", "declared", "that the pier was unsafe"],
    ["The skippers' union - which has 300 members - has warned that it will strike.", "has warned", "that it will strike"],
  ])("a hyphen between spaces is a dash: %s", (text, cue, content) => {
    const hit = extractStatements(text).find((s) => s.cue?.text === cue);
    expect(hit?.content.text).toBe(content);
    expect(hit?.source?.text.split(" - ")[0]).toBe(text.split(" - ")[0]);
  });
  test("a hyphen inside a word is no dash", () => {
    const hit = extractStatements("The harbour-master said the pier was unsafe.").find((s) => s.cue?.text === "said");
    expect(hit?.source?.text).toBe("The harbour-master");
  });
});

describe("the subject of a participle of saying", () => {
  test("a coordinated clause with its own subject is the main clause", () => {
    const st = extractStatements("Skippers say the fees are unfair, and the harbour union has taken the board to court over them, arguing that the rules break the charter.");
    expect(st.find((s) => s.cue?.text === "arguing")?.source?.text).toBe("the harbour union");
  });
  test("a noun of saying after a demonstrative is no verb ('those claims')", () => {
    const st = extractStatements("Ruiz brushed aside those claims on Friday, saying the ferry was safe.");
    expect(st.find((s) => s.cue?.text === "claims")).toBeUndefined();
    expect(st.find((s) => s.cue?.text === "saying")?.source?.text).toBe("Ruiz");
  });
});

describe("a participle set off between the subject and its verb", () => {
  test.each([
    ["Critics, saying the figures were inflated, have asked for an independent survey.", "saying", "the figures were inflated"],
    ["The harbour board, claiming the fees were fair, raised them again in May.", "claiming", "the fees were fair"],
    ["Tom Vale, writing that the fees were unfair, quit the board.", "writing", "that the fees were unfair"],
  ])("ends at the comma before the verb: %s", (text, cue, content) => {
    const st = extractStatements(text).find((s) => s.cue?.text === cue);
    expect(st?.content.text).toBe(content);
    expect(st?.source?.text).toBe(text.slice(0, text.indexOf(",")));
  });
  test.each([
    "Ana Ruiz, writing in the Harbour Times, argued that the fees were unfair.",
    "Lina Ost, reporting for a local paper, said the ferry was late again.",
  ])("one that says only where the speaker writes is no statement: %s", (text) => {
    const st = extractStatements(text);
    expect(st.map((s) => s.cue?.text)).toEqual([text.includes("argued") ? "argued" : "said"]);
    expect(st[0]?.source?.text).toBe(text.slice(0, text.indexOf(",")));
  });
  test("one of talking to someone about something keeps its topic", () => {
    const st = extractStatements("“We were wrong,” she said, talking to the board about the fees.");
    expect(st.find((s) => s.cue?.text === "talking")?.content.text).toMatch(/about the fees$/);
  });
});

describe("nouns that look like verbs of saying", () => {
  test("a compound noun opening with a verb ('think tank') is part of the source", () => {
    const st = extractStatements("“The wind did it,” Mara Lind, a research analyst at the Harbour Institute think tank told Radio Nord.");
    const told = st.find((s) => s.cue?.text === "told");
    expect(told?.source?.text).toBe("Mara Lind, a research analyst at the Harbour Institute think tank");
    expect(told?.content.text).toBe("“The wind did it,”");
  });
  test.each([
    ["the old saying is true", "The old saying is true of harbours: the tide waits for nobody."],
    ["a warning that a verb follows", "A stern warning was posted on the pier gate."],
    ["a saying with 'has it'", "A popular saying has it that the river always wins."],
  ])("a form in -ing before a finite verb is a noun: %s", (_name, text) => {
    expect(extractStatements(text).filter((s) => /ing$/.test(s.cue?.text ?? ""))).toEqual([]);
  });
  test("after a form of 'be' it is a verb of saying ('what I'm saying is')", () => {
    const st = extractStatements("What I'm saying is that the pier needs repairs before winter.");
    expect(st.find((s) => s.cue?.text === "saying")?.content.text).toMatch(/the pier needs repairs/);
  });
  test("a plural noun of saying before 'of' is no verb", () => {
    const st = extractStatements("The code covers sources, according to the drafting notes of the harbour bill.");
    expect(st.find((s) => s.cue?.text === "notes")).toBeUndefined();
  });
});

describe("a promise before a quotation", () => {
  test("'vowed to …' keeps its own content when a quotation follows", () => {
    const st = extractStatements("Ines Falk has vowed to reopen the cannery. “We owe it to the town,” her deputy said.");
    expect(st.find((s) => s.cue?.text === "has vowed")?.content.text).toBe("to reopen the cannery");
  });
  test("'spoke to a crowd' before a quotation still takes the quotation", () => {
    const st = extractStatements("Ines Falk spoke to a crowd of dockers. “We owe it to the town.”");
    expect(st.find((s) => s.cue?.text === "spoke")?.content.text).toBe("“We owe it to the town.”");
  });
});

describe("quotations repeating words quoted from someone", () => {
  test("a later quotation of part of someone's words is theirs; a subhead repeating a phrase is its coiner's", () => {
    const text = "Harbor news\n\nOrtiz said the ferry deal had stalled. “We have filed nine requests nobody answered, and I am tired of waiting,” Ortiz told the council.\n\nOrtiz has since lodged “nine requests nobody answered” with the port.\n\n“The Friday freeze”\n\nTom Hale said the delays were planned. He said his clerk, Ana Ruiz, had called the habit “the Friday freeze.”";
    const st = extractStatements(text);
    expect(st.filter((s) => s.cue === null).map((s) => [s.content.text, s.source?.text])).toEqual([
      ["“nine requests nobody answered”", "Ortiz"],
      ["“The Friday freeze”", "his clerk, Ana Ruiz"],
    ]);
  });
  test("no repeat from one quoted word, from a title, or from words two speakers quoted", () => {
    const one = "“It was a disaster,” Ortiz said.\n\nThe “disaster” went on.";
    const title = "“I loved Harbor Lights as a child,” Ortiz said.\n\nShe watched “Harbor Lights” again.";
    const two = "“Fix the pier now,” Ortiz said. “Fix the pier now,” Hale told the board.\n\nThe plea to “fix the pier” went unheard.";
    for (const text of [one, title, two]) expect(extractStatements(text).filter((s) => s.cue === null)).toEqual([]);
  });
  test("the subject that says a reported clause is no part of the source of the clause's own verb", () => {
    const st = extractStatements("She said her deputy, Oskar Feld, had described the delays as deliberate.");
    expect(st.find((s) => s.cue?.text === "had described")?.source?.text).toBe("her deputy, Oskar Feld");
  });
});

describe("robustness", () => {
  test.each([
    "To warn “them” was “wise”, the mayor said.",
    " to invite the mayor was only “to mock” him, she said.",
  ])("a verb of saying after \"to\" at the very start of the text reads no source before the text (%s)", (text) => {
    const st = extractStatementsUnchecked(text);
    for (const s of st) if (s.source) expect(s.source.start).toBeGreaterThanOrEqual(0);
    expect(st.some((s) => s.cue?.text === "said")).toBe(true);
  });
  test("never throws and keeps spans consistent on arbitrary text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), (s) => {
        const text = `${s} “${s},” he said. ${s}, according to ${s}.`;
        const st = extractStatementsUnchecked(text);
        for (const x of st) for (const sp of [x.source, x.cue, x.content]) if (sp) expect(text.slice(sp.start, sp.end)).toBe(sp.text);
      }),
      { numRuns: 300 },
    );
  });
  test("empty, whitespace and unbalanced quotes", () => {
    expect(extractStatements("")).toEqual([]);
    expect(extractStatements("   \n\n ")).toEqual([]);
    expect(() => extractStatementsUnchecked("““““ ” ' ‘ said said, according to “")).not.toThrow();
  });
  test("huge input is handled", () => {
    const para = "“The port will reopen,” the minister said. Officials said the cranes were old.\n\n";
    const st = extractStatements(para.repeat(5000));
    expect(st.length).toBe(10000);
  });
});

describe("sources that are not noun phrases", () => {
  test("a verb phrase before a cue is no source; the statement keeps no source", () => {
    const st = extractStatements("One official said some ferries may have started by merely passing on ferry reports that the crowd stayed home.");
    const inner = st.find((s) => s.cue?.text === "reports");
    expect(inner).toBeDefined();
    expect(inner?.source).toBeNull();
  });

  test("a relative clause opened by 'in which' is no part of the source before a role and a name", () => {
    const st = extractStatements("The week in which the mayor's deputy, Ana Ruiz, said the pier would reopen was a busy one.");
    expect(st.find((s) => s.cue?.text === "said")?.source?.text).toBe("the mayor's deputy, Ana Ruiz");
  });

  test("a verb of saying alone before a noun phrase of saying is no source", () => {
    const st = extractStatements("The skipper denies it, but he also has admitted making rude remarks about the crew.");
    expect(st.map((s) => s.source?.text)).not.toContain("admitted");
  });
});

describe("a case name's 'v.' ends no sentence", () => {
  test("keeps 'Hale v. Harbor Board' inside the reported clause", () => {
    const t = "Ruiz said the case, known as Hale v. Harbor Board, would go to trial in May.";
    const s = extractStatements(t).find((x) => x.cue?.text === "said");
    expect(s?.content.text).toContain("would go to trial");
  });
});

describe("'that' after a preposition is a determiner in a source", () => {
  test.each([
    ["But two members of that panel, who asked not to be named, said the staff had pressed them.", "two members of that panel"],
    ["A letter from that office said the pier was shut.", "A letter from that office"],
  ])("%s", (text, source) => {
    expect(extractStatements(text).find((s) => s.cue?.text === "said")?.source?.text).toBe(source);
  });
  test("a relative 'that' still opens the clause the source is in", () => {
    expect(extractStatements("The plan that officials said would fail passed in May.").find((s) => s.cue?.text === "said")?.source?.text).toBe("officials");
  });
});

describe("a role and a name after ', and' and a clause of its own", () => {
  test.each([
    ["Vale called for an inquiry, and her deputy, Sam Ortega, wrote that the clerk should go.", "wrote", "her deputy, Sam Ortega"],
    ["The mayor resigned, and his deputy, Ivo Berg, said the pier was safe.", "said", "his deputy, Ivo Berg"],
  ])("%s", (text, cue, source) => {
    expect(extractStatements(text).find((s) => s.cue?.text === cue)?.source?.text).toBe(source);
  });
});

describe("a list of speakers with a serial comma or a role and a name last", () => {
  test.each([
    ["Rosa Pell, Dan Ivers, and Kit Moreau said the levy would not pass.", "Rosa Pell, Dan Ivers, and Kit Moreau"],
    ["At the hearing, Rosa Pell, Dan Ivers, and two ferry skippers said the pier was unsafe.", "Rosa Pell, Dan Ivers, and two ferry skippers"],
    ["Pell, Ivers and the treasurer, Kit Moreau, said the levy would not pass.", "Pell, Ivers and the treasurer, Kit Moreau"],
    ["Mayor Rosa Pell, Councillor Dan Ivers, and their deputy, Kit Moreau, said the levy would not pass.", "Mayor Rosa Pell, Councillor Dan Ivers, and their deputy, Kit Moreau"],
    ["The mayor, the treasurer and their clerk, Kit Moreau, said the levy would not pass.", "The mayor, the treasurer and their clerk, Kit Moreau"],
    // a name with its apposition, then "and" and a second name (with or without its own)
    ["Rosa Pell, the mayor, and Dan Ivers, her deputy, said the levy would not pass.", "Rosa Pell, the mayor, and Dan Ivers, her deputy"],
    ["Rosa Pell, the mayor of Eastwick, and Dan Ivers said the levy would not pass.", "Rosa Pell, the mayor of Eastwick, and Dan Ivers"],
    // a collective noun before "and" is a first member as a plural is
    ["Ferry staff and even the harbour board said the levy would not pass.", "Ferry staff and even the harbour board"],
    ["The night crew and two skippers said the levy would not pass.", "The night crew and two skippers"],
    ["On Friday, Rosa Pell, the mayor, and Dan Ivers, a councillor, said the levy would not pass.", "Rosa Pell, the mayor, and Dan Ivers, a councillor"],
  ])("%s", (text, source) => {
    expect(extractStatements(text).find((s) => s.cue?.text === "said")?.source?.text).toBe(source);
  });
  test.each([
    // two clauses joined by ", and": the second one's subject alone
    ["The ferry sailed on Monday, and Kit Moreau said the pier was safe.", "Kit Moreau"],
    ["Fares rose, and the treasurer, Kit Moreau, said the levy would pass.", "the treasurer, Kit Moreau"],
    // a list that is a clause's object, after a date's commas, is no part of the subject
    ["The board denied any part in the March 3, 2019, floods, and the mayor said the levy would pass.", "the mayor"],
    // (a collective noun that is a verb's object is no first member)
    ["Ruiz thanked the crew and the mayor said the levy would pass.", "the mayor"],
  ])("%s", (text, source) => {
    expect(extractStatements(text).find((s) => s.cue?.text === "said")?.source?.text).toBe(source);
  });
});

describe("a noun ending a verb's object is no verb of saying", () => {
  test.each([
    ["Shares fell after the ferry line cut its profit forecast, blaming fuel costs.", "forecast"],
    ["The board raised the fare estimate, citing repairs.", "estimate"],
  ])("%s", (text, word) => {
    expect(extractStatements(text).some((s) => s.cue?.text === word)).toBe(false);
  });
  test.each([
    // a relative clause's object before the main verb: that verb still reports
    ["Skippers who met the mayor said the pier was unsafe.", "said", "Skippers who met the mayor"],
    ["Traders who have praised her plan warned that fares would rise.", "warned", "Traders who have praised her plan"],
    ["The mayor thanked her staff and said the pier was safe.", "said", "The mayor"],
  ])("%s", (text, cue, source) => {
    expect(extractStatements(text).find((s) => s.cue?.text === cue)?.source?.text).toBe(source);
  });
});

describe("sources of two shapes", () => {
  test("'X spent ten minutes explaining': the one who spent the time is the source", () => {
    const t = "Harbor news. Mayor Ruiz also spent ten minutes explaining why the pier had closed. She spent hours arguing that the vote was rushed.";
    const st = extractStatements(t);
    expect(st.find((s) => s.cue?.text === "explaining")?.source?.text).toBe("Mayor Ruiz");
    expect(st.find((s) => s.cue?.text === "arguing")?.source?.text).toBe("She");
  });
  test("'“…,” Name, a description told X' without the closing comma: the name opens the source", () => {
    const t = "“The tide is higher every year,” Mara Lind, an analyst at the Bergen sea institute told the harbor radio.";
    const s = extractStatements(t).find((x) => x.cue?.text === "told");
    expect(s?.source?.text).toBe("Mara Lind, an analyst at the Bergen sea institute");
    expect(s?.content.text).toBe("“The tide is higher every year,”");
    const u = extractStatements("Offstage, the actors agree that the play is far too long.").find((x) => x.cue?.text === "agree");
    if (u?.source) expect(u.source.text).toBe("the actors");
  });
});

describe("after a quotation that closed the sentence before, 'told X' with a clause of its own", () => {
  test.each([
    ['The ferry office said the delay was "regrettable." Its manager, Rosa Pell, told reporters the boats would run by noon.', "the boats would run by noon"],
    ['"We are doing our best." Kit Moreau told the crews it could take a week.', "it could take a week"],
  ])("%s", (text, content) => {
    expect(extractStatements(text).find((s) => s.cue?.text === "told")?.content.text).toBe(content);
  });
  test.each([
    // the addressee alone, or with a relative clause of its own: the quotation is what was told
    ['"The boats will run by noon," Kit Moreau told reporters who were waiting at the pier.', "“The boats will run by noon,”"],
    ['"The boats will run by noon," Kit Moreau told reporters on Tuesday.', "“The boats will run by noon,”"],
  ])("%s", (text, content) => {
    expect(extractStatements(text.replace(/"([^"]*)"/g, "“$1”")).find((s) => s.cue?.text === "told")?.content.text).toBe(content);
  });
});

describe("an addressee before a clause of its own", () => {
  test("'told the jury Hale stood …', 'tell Harbor Weekly the ferry …': the addressee is not content", () => {
    const t = "A witness told the jury Hale stood over her with a knife. Sources tell Harbor Weekly the ferry was sold. Ruiz told the story of the pier.";
    const content = (cue: string, src: string): string | undefined => extractStatements(t).find((s) => s.cue?.text === cue && s.source?.text === src)?.content.text;
    expect(content("told", "A witness")).toBe("Hale stood over her with a knife");
    expect(content("tell", "Sources")).toBe("the ferry was sold");
    expect(content("told", "Ruiz")).toBe("the story of the pier");
  });
});


describe("a verb of saying inside what would be a subject", () => {
  test("'officials advise workers near mine blasts': the noun after the object is no verb of saying", () => {
    for (const t of ["Harbour safety officials advise workers near crane blasts to wear masks.", "Town health officials urge residents near quarry blasts to stay inside."]) {
      const st = extractStatements(t);
      expect(st.map((s) => s.cue?.text)).not.toContain("blasts");
      expect(st.some((s) => s.source?.text.endsWith("officials"))).toBe(true);
    }
  });
  test("a plural before a plain verb that is also a noun stays one subject", () => {
    const st = extractStatements("Dock workers report delays, the harbour master said.");
    expect(st.some((s) => s.source?.text === "the harbour master")).toBe(true);
  });
});

describe("a reaction after a speaker's words going on", () => {
  test("'“A,” she said. “B.” The clerks laughed.': the clerks' laugh takes no quotation", () => {
    const st = extractStatements("“We got ten boats,” the harbour master said at the meeting. “And then I asked for more.” The clerks gathered around the desk laughed.");
    expect(st.filter((s) => s.cue?.text === "laughed")).toEqual([]);
    const said = st.find((s) => s.cue?.text === "said");
    expect((said?.contentParts ?? []).map((p) => p.text)).toEqual(["“We got ten boats,”", "“And then I asked for more.”"]);
  });
  test("a quotation alone, then a laugh, is still the laugher's", () => {
    const st = extractStatements("The board met at noon. “I want more.” The clerk laughed.");
    expect(st.some((s) => s.cue?.text === "laughed" && s.content.text === "“I want more.”")).toBe(true);
  });
});

describe("a clause or adverb fronted before the subject", () => {
  test("'As Name, a description, noted, “…”': the name and its apposition speak", () => {
    const t = "The mill closed in May. As Pia Haldane, an organiser with the weavers' guild, observed, “Nobody here saw it coming.”";
    const s = extractStatements(t).find((x) => x.cue?.text === "observed");
    expect(s?.source?.text).toBe("Pia Haldane, an organiser with the weavers' guild");
    expect(s?.content.text).toBe("“Nobody here saw it coming.”");
    expect(sourceOf("The mill closed. As the night foreman, a man of few words, remarked, “That was the last shift.”", "remarked")).toBe("the night foreman, a man of few words");
    // ("While" opening a clause of its own still ends the subject's search.)
    expect(sourceOf("While the figures were never published, a clerk familiar with the books, who asked not to be named, said the mill was broke.", "said")).toBe("a clerk familiar with the books");
  });
  test("a fronted clause before a verb coordinated with another: the main clause's subject speaks", () => {
    expect(sourceOf("The mill closed. As is the rule, the short notice named no buyer and did not say why the looms were sold.", "say")).toBe("the short notice");
    expect(sourceOf("The mill closed. When pressed about the pensions, Mrs. Oduya paused and said, “Ask the owners.”", "said")).toBe("Mrs. Oduya");
    // (not the subject of a verb inside that clause: "we" asked, "he" said)
    expect(sourceOf("The mill closed. When we asked Brandt if he would stay, he stood up, took his coat and said, “Not for long.”", "said")).toBe("he");
    // The clause's own verb has the clause's own subject.
    expect(sourceOf("The mill closed. When Brandt later spoke to the weavers and said the looms were sold, nobody moved.", "said")).toBe("Brandt");
  });
  test("an adverb before the fronted adverbial is no subject", () => {
    const s = extractStatements("The mill closed. Just after the whistle blew, the foreman had to count the bales and asked for two hands to stay behind.").find((x) => x.cue?.text.startsWith("asked"));
    expect(s?.source?.text).toBe("the foreman");
    expect(s?.content.text).toBe("two hands to stay behind");
  });
  test("a capitalised '-ly' adverb opening the sentence is no subject of a participle or a second verb", () => {
    expect(sourceOf("The mill closed. Shortly after the sale, the weavers of the east wing had walked out, warning that the looms would rust.", "warning")).toBe("the weavers of the east wing");
    expect(sourceOf("The mill closed. Essentially, the inspectors read through the ledgers and found that the wages were paid late.", "found")).toBe("the inspectors");
    expect(sourceOf("The mill closed. Privately, the foreman kept his counsel, insisting the looms would run again.", "insisting")).toBe("the foreman");
    // (a surname in "-ly" is a name: "Connolly", "Kelly")
    expect(sourceOf("The mill closed. Connolly, the night foreman, read through the ledgers and found that the wages were paid late.", "found")).toBe("Connolly, the night foreman");
    expect(sourceOf("The mill closed. Kelly read through the ledgers and found that the wages were paid late.", "found")).toBe("Kelly");
  });
  test("'For months, Name has …, arguing …': the adverbial opening with 'for' is no part of the participle's source", () => {
    expect(sourceOf("The mill closed. For weeks, Brandt has kept away from the looms, insisting that the guild must choose.", "insisting")).toBe("Brandt");
    expect(sourceOf("The mill closed. For her part, the guild's treasurer has said little, noting only that the books are open.", "noting")).toBe("the guild's treasurer");
  });
  test("'Name earlier Tuesday said': the day is no source", () => {
    expect(sourceOf("The mill closed. Brandt earlier Tuesday said the looms would be sold.", "said")).toBe("Brandt");
    expect(sourceOf("The mill closed. The guild later Friday said it would appeal.", "said")).toBe("The guild");
  });
  test("a long aside in parentheses after the name belongs to the source", () => {
    expect(sourceOf("Few owners admit as much, but Councillor Ada Brandt (a weaver's daughter who still keeps a loom at home) says the town lost its heart.", "says"))
      .toBe("Councillor Ada Brandt (a weaver's daughter who still keeps a loom at home)");
    expect(sourceOf("Councillor Ada Brandt (D-Mill) says the town lost its heart.", "says")).toBe("Councillor Ada Brandt (D-Mill)");
  });
});

describe("a split quotation around an adjunct, and an object before a second predicate", () => {
  const saidParts = (t: string): string[] | undefined => partsOf(t, "said");
  test("'“A,” X said on Monday, “B.”' and 'said X, thinking of …, “B.”': both parts are the content", () => {
    const a = "“The tide waits for no one,”", b = "“and neither does the ferry.”";
    expect(saidParts(`Boats left early. ${a} Captain Moss said on Sunday, ${b}`)).toEqual([a, b]);
    expect(saidParts(`Boats left early. ${a} said Captain Moss, pointing at the quay, ${b}`)).toEqual([a, b]);
    expect(saidParts(`Boats left early. ${a} Captain Moss said, pointing at the quay, ${b}`)).toEqual([a, b]);
    expect(saidParts(`Boats left early. ${a} said Captain Moss in the wheelhouse, ${b}`)).toEqual([a, b]);
    // (a gerund of saying takes the second part itself)
    expect(saidParts(`Boats left early. ${a} Captain Moss said, adding, ${b}`)).toEqual([a]);
  });
  test("'A lead-in: “…,” she said.': the writer's lead-in before the colon is no part of the quotation's content", () => {
    const st = extractStatements("Boats left early. The pilot listed the harbour's old customs: “Nobody sails on a Friday,” she said. “And nobody whistles aboard.”");
    const said = st.find((x) => x.cue?.text === "said");
    expect((said?.contentParts ?? []).map((p) => p.text)).toEqual(["“Nobody sails on a Friday,”", "“And nobody whistles aboard.”"]);
  });
  test("'denies any blame and points out that …': the object ends before the second verb", () => {
    const content = (t: string, cue: string): string | undefined => extractStatements(t).find((x) => x.cue?.text === cue)?.content.text;
    expect(content("The ferry company denies any blame and points out that the pilot had been warned.", "denies")).toBe("any blame");
    expect(content("The captain denied the charge and accused the harbour master of lying.", "denied")).toBe("the charge");
    // (a list in the object stays whole)
    expect(content("The captain denies the claims and counterclaims that the owners filed.", "denies")).toBe("the claims and counterclaims that the owners filed");
  });
});

describe("'as reported by X': the agent is the source", () => {
  const one = (t: string) => extractStatements(t).find((x) => x.cue?.text === "reported" || x.cue?.text === "noted");
  test("opening the sentence, after a comma, and between commas", () => {
    const a = one("As reported by the Quay Courier, the ferry line lost its licence in April.");
    expect([a?.source?.text, a?.content.text]).toEqual(["the Quay Courier", "the ferry line lost its licence in April"]);
    const b = one("The ferry line lost its licence, as first reported by Ines Moro of the Courier.");
    expect([b?.source?.text, b?.content.text]).toEqual(["Ines Moro of the Courier", "The ferry line lost its licence"]);
    const c = one("The licence, as noted by the harbour inspectors, was never renewed.");
    expect(c?.source?.text).toBe("the harbour inspectors");
    expect((c?.contentParts ?? []).map((p) => p.text)).toEqual(["The licence", "was never renewed"]);
    // (not "as" of manner without a comma: "built as designed by the yard")
    expect(extractStatements("The hull was built as designed by the yard.").filter((x) => x.cue?.text === "designed")).toEqual([]);
  });
});

describe("a plural noun phrase before 'and' and an '-s' word", () => {
  test("'his attacks on X and vows to Y are …': the '-s' word is a second noun, no verb of saying", () => {
    const st = extractStatements("In the end, her attacks on the port authority and vows to lower the tolls are why the town elected her.");
    expect(st.filter((s) => s.cue?.text === "vows")).toEqual([]);
    // (a singular subject keeps its second verb)
    const two = extractStatements("She mocks the port authority and vows to lower the tolls.");
    expect(two.find((s) => s.cue?.text === "vows")?.source?.text).toBe("She");
  });
});

describe("a word of time or an adverbial fronted with no comma", () => {
  test("'Tuesday Name said', 'Tonight the crew said': the bare word of time is no part of the source", () => {
    expect(sourceOf("The ferry was late. Tuesday Okafor said the engine had failed twice.", "said")).toBe("Okafor");
    expect(sourceOf("The ferry was late. Tonight the crew told passengers the engine had failed.", "told")).toBe("the crew");
    expect(sourceOf("The ferry was late. Yesterday she said the engine had failed.", "said")).toBe("she");
    // (a phrase of time that is the subject's own stays: "Sunday evening's timetable", "earlier logs")
    expect(sourceOf("The ferry was late. Sunday evening's timetable said the crossing takes an hour.", "said")).toBe("Sunday evening's timetable");
    expect(sourceOf("The ferry was late. Earlier logs said the engine had failed.", "said")).toBe("Earlier logs");
  });
  test("'Later the captain, Name, said': the role and the name after an adverbial with no comma", () => {
    expect(sourceOf("The ferry was late. Later the captain, Ines Okafor, said the engine had failed twice.", "said")).toBe("the captain, Ines Okafor");
    expect(sourceOf("The ferry was late. On Sunday the port's harbour master, Ivo Lund, said the pier was closed.", "said")).toBe("the port's harbour master, Ivo Lund");
  });
});

describe("a clause joined after the cue's comma, and an infinitive after a time adjunct", () => {
  test("'Name objected, but nobody listened': a clause joined by a conjunction is no content", () => {
    expect(byCue("The ferry was late. Okafor objected, but nobody on the pier listened.", "objected")).toBeUndefined();
    expect(byCue("The ferry was late. That is less than the fare the captain quoted, and it rises in May.", "quoted")).toBeUndefined();
    // (a quotation before the cue is still its content, and a clause after the cue still is)
    expect(byCue("“We will sail at noon,” Okafor insisted, but nobody on the pier listened.", "insisted")?.content.text).toBe("“We will sail at noon,”");
    expect(byCue("The ferry was late. Okafor insisted the ferry would sail, but nobody listened.", "insisted")?.content.text).toBe("the ferry would sail");
    // (nor does a phrase after the cue reach over such a comma: "at least" is no adjunct)
    expect(byCue("The ferry was late. The harbour police reported at least 300 people boarded at the side gates, but the police gave no total.", "reported")?.content.text)
      .toBe("at least 300 people boarded at the side gates");
  });
  test("'vowed on Tuesday to stay …': the content opens at the infinitive", () => {
    expect(byCue("The ferry was late. The crew's union vowed on Tuesday to stay on strike.", "vowed")?.content.text).toBe("to stay on strike");
    expect(byCue("The ferry was late. The union promised last week to end the strike by the summer, and perhaps sooner.", "promised")?.content.text).toBe("to end the strike by the summer, and perhaps sooner");
  });
});

describe("a phrase of a preposition between the auxiliary and the verb of saying", () => {
  const byCueEnd = (t: string, cue: string) => extractStatements(t).find((s) => s.cue?.text.endsWith(cue));
  test("'have over the years said': the subject before the auxiliary speaks, and the phrase joins the cue", () => {
    const s = byCueEnd("The ferry was late. The crew's friends and neighbours have over the years said the captain was reckless.", "said");
    expect(s?.source?.text).toBe("The crew's friends and neighbours");
    expect(s?.cue?.text).toBe("have over the years said");
    expect(byCueEnd("The ferry was late. The union has at times argued that the pay was too low.", "argued")?.source?.text).toBe("The union");
    expect(byCueEnd("The ferry was late. Okafor, who has over the years described the pier as unsafe, stayed home.", "described")?.source?.text).toBe("who");
    // (a clause opened by "since" is no such phrase: its own subject speaks)
    expect(byCueEnd("The crew has quietly worked the night shift since the captain announced the new timetable in May.", "announced")?.source?.text).toBe("the captain");
  });
});

describe("'According to …,' opening the sentence: the source runs to its comma", () => {
  const acc = (t: string) => extractStatements(t).find((s) => s.cue?.text.toLowerCase() === "according to");
  test("a long source with a participle, a coordination or an adverb is read whole", () => {
    expect(acc("According to the newly published ferry timetable, crews start at dawn.")?.source?.text).toBe("the newly published ferry timetable");
    expect(acc("According to a survey conducted for the port authority and two local papers, most riders want a new pier.")?.source?.text)
      .toBe("a survey conducted for the port authority and two local papers");
    const s = acc("According to a tally kept by the harbour office and released on Monday, the pier took 40 boats.");
    expect(s?.source?.text).toBe("a tally kept by the harbour office and released on Monday");
    expect(s?.content.text).toBe("the pier took 40 boats");
    // (a short source keeps its own end)
    expect(acc("According to Ines Okafor, the pier is unsafe.")?.source?.text).toBe("Ines Okafor");
  });
});

describe("coordinated speakers after a fronted adverbial or a party tag", () => {
  test("'At the hearing, Name and a role Name said': both speak", () => {
    expect(sourceOf("At the hearing, Ines Okafor and the former harbour master Ivo Lund argued that the pier was unsafe.", "argued"))
      .toBe("Ines Okafor and the former harbour master Ivo Lund");
    expect(sourceOf("On the pier, the skipper and two of her deckhands said the storm came early.", "said")).toBe("the skipper and two of her deckhands");
  });
  test("'Sen. Name (D-Vt.) and former governor Name said': a name with its party tag is a first member", () => {
    expect(sourceOf("Sen. Ines Okafor (D-Vt.) and former governor Ivo Lund warned that the pier was unsafe.", "warned")).toBe("Sen. Ines Okafor (D-Vt.) and former governor Ivo Lund");
    expect(sourceOf("At the hearing, Rep. Ines Okafor (R) and Ivo Lund warned that the pier was unsafe.", "warned")).toBe("Rep. Ines Okafor (R) and Ivo Lund");
    // (a phrase in parentheses that is no tag stays out)
    expect(sourceOf("The pier was closed (for the winter) and the crews said it was unsafe.", "said")).toBe("the crews");
  });
});

describe("a quantifier in the subject", () => {
  test("'They all vowed', 'the crews both said': the floating quantifier belongs to its subject", () => {
    expect(sourceOf("The ferry was late. They all vowed to keep sailing.", "vowed")).toBe("They all");
    expect(sourceOf("The ferry was late, and we both said the pier was unsafe.", "said")).toBe("we both");
    expect(sourceOf("The ferry was late. The two skippers both said the pier was unsafe.", "said")).toBe("The two skippers both");
  });
  test("'Vale, Okafor and Lund have all described': a quantifier after the auxiliary is not the source", () => {
    const t = "The ferry was late. Vale, Okafor and Lund have all described the crossing as rough and say the pier is unsafe.";
    expect(sourceOf(t, "described")).toBe("Vale, Okafor and Lund");
    expect(sourceOf(t, "say")).toBe("Vale, Okafor and Lund");
    expect(sourceOf("The ferry was late. The two skippers have both argued that the pier is unsafe.", "argued")).toBe("The two skippers");
    expect(sourceOf("The ferry was late. They have all said the pier is unsafe.", "said")).toBe("They");
  });
  test("'A number of riders said': 'number' before 'of' opens no reduced relative clause", () => {
    expect(sourceOf("The ferry was late. A number of riders said the pier was unsafe.", "said")).toBe("A number of riders");
    // ("the time the mayor said …" still reads the clause's own subject)
    expect(sourceOf("The ferry was late at the time the mayor said the pier was unsafe.", "said")).toBe("the mayor");
  });
});

describe("an acronym ending a sentence", () => {
  test("'… in the GOP. They …': the dot after an acronym ends the sentence and the content", () => {
    const st = extractStatements("The ferry was late. Other skippers said the board alone can mend the rift in the GOP. They asked for a vote.");
    expect(st.find((s) => s.cue?.text === "said")?.content.text).toBe("the board alone can mend the rift in the GOP");
    expect(st.find((s) => s.cue?.text.startsWith("asked"))?.source?.text).toBe("They");
  });
});

describe("a quotation closing an earlier clause on a comma", () => {
  test("'argued that “…,” the harbour master said X': each cue keeps its own clause", () => {
    const t = "The mayor argued that \u201cthe pier is safe,\u201d but the harbour master said the planks were rotten.";
    expect(contentOf(t.replace(" but", ""), "said")).toBe("the planks were rotten");
    expect(contentOf(t.replace(" but", ""), "argued")).toBe("that \u201cthe pier is safe,\u201d");
    expect(byCue(t.replace(" but", ""), "said")?.parent).toBeUndefined();
    const fronted = "While the skipper insisted that \u201cthe crossing is calm,\u201d the pilots say the swell is rising.";
    expect(contentOf(fronted, "say")).toBe("the swell is rising");
    expect(contentOf(fronted, "insisted")).toBe("that \u201cthe crossing is calm,\u201d");
  });
  test("'Although X granted the deck was “worn,” she insisted Y': a fronted clause is not the content", () => {
    const t = "Although Vale granted to the board that the deck had \u201cbeen worn for years,\u201d she insisted it would hold.";
    expect(contentOf(t, "insisted")).toBe("it would hold");
    expect(sourceOf(t, "insisted")).toBe("she");
  });
  test("the quotation stays the content where no clause follows the cue", () => {
    expect(contentOf("The mayor argued that \u201cthe pier is safe,\u201d Ruiz said on Tuesday.", "said")).toContain("the pier is safe");
    // (a noun after an article is no verb of a new speaker: "the storms warnings")
    expect(contentOf("Vale warned that while \u201cthe rules would suggest a delay,\u201d the storms \u201cmay pass by noon.\u201d", "warned")).toContain("may pass by noon");
  });
});

describe("prepositions that open a sentence", () => {
  test("'Throughout the night, …', 'Unlike the other lines, …': the fronted phrase is not the source", () => {
    expect(sourceOf("Throughout the night, her crew, friends and neighbours talked warmly about the skipper.", "talked")).toBe("her crew, friends and neighbours");
    expect(sourceOf("Unlike the other lines, the ferry company, its crews and its owners said the pier was safe.", "said")).toBe("the ferry company, its crews and its owners");
    // (the noun phrase after the preposition is no subject either: "Alongside the union calls for …")
    expect(sourceOf("Alongside the union calls for a strike, a senior skipper said the pier must close.", "calls for")).not.toBe("Alongside the union");
  });
});

describe("a restrictive relative clause with an object in the source", () => {
  test("'Vale and the skippers who hope to reopen the pier said': the clause with its object is the source's", () => {
    const t = "The ferry was late. Vale and the skippers who hope to reopen the pier said the planks were rotten.";
    expect(sourceOf(t, "said")).toBe("Vale and the skippers who hope to reopen the pier");
    // (the relative clause's own statement ends with the source it describes)
    expect(byCue(t, "hope")?.content.text ?? "").not.toContain("said");
    expect(sourceOf("The ferry was late. Riders who took the early boat to the island say it left without them.", "say")).toBe("Riders who took the early boat to the island");
  });
});

describe("subjects with commas inside them", () => {
  test("'assistant director for ports, ferries, and piers, said': the items of a list stay in the apposition", () => {
    const t = "The ferry was late. \u201cThe steps are right,\u201d Ann Vale, assistant director for ports, ferries, and piers, said at the same meeting.";
    expect(sourceOf(t, "said")).toBe("Ann Vale, assistant director for ports, ferries, and piers");
    expect(byCue(t, "said")?.content.text).toContain("The steps are right");
  });
  test("'On Tuesday at the hall in Berea, after the vote, Mayor Ann Vale (D-OH), said, “…”': adverbials, then the name", () => {
    const t = "The ferry was late. On Tuesday at the harbor hall in Berea, after winning the vote in the county, Mayor Ann Vale (D-OH), said, \u201cI am getting ready to sail.\u201d";
    expect(sourceOf(t, "said")).toBe("Mayor Ann Vale (D-OH)");
    expect(byCue(t, "said")?.content.text).toBe("\u201cI am getting ready to sail.\u201d");
  });
  test("'Besides the mayor, two members of the board, Ann Vale and Ivo Lund, have said': a number opens the role phrase", () => {
    const t = "The ferry was late. Besides the mayor, two members of the board from the north, Ann Vale and Ivo Lund, have said they oppose the fees.";
    expect(byCue(t, "have said")?.source?.text).toBe("two members of the board from the north, Ann Vale and Ivo Lund");
  });
  test("'One skipper backing the mayor, Ann Vale of the Tidewater Line, said': a participle in the role phrase, a name with where she is from", () => {
    const t = "The ferry was late. One skipper backing the mayor, Ann Vale of the Tidewater Line in Port Kell, said she had sailed the route for years.";
    expect(sourceOf(t, "said")).toBe("One skipper backing the mayor, Ann Vale of the Tidewater Line in Port Kell");
  });
});

describe("a phrase between a conjunction and a second verb", () => {
  test("'… , but at a later hearing said …': the second verb has the first one's subject", () => {
    const t = "The skipper first said she did not see the storm, but at a later hearing said she had seen the waves.";
    const said = extractStatements(t).filter((s) => s.cue?.text === "said");
    expect(said.map((s) => s.source?.text)).toEqual(["The skipper", "The skipper"]);
    expect(said[1]?.content.text).toBe("she had seen the waves");
  });
  test("a phrase followed by a subject of its own is no such phrase", () => {
    expect(sourceOf("The ferry sank, and in the town the mayor said the pier was unsafe.", "said")).toBe("the mayor");
    expect(sourceOf("The ferry sank and in the town officials said the pier was unsafe.", "said")).not.toBe("The ferry");
  });
});

describe("names with where they are from", () => {
  test("'Ann Vale of The Harbor Weekly wrote': a capitalised article after 'of' opens no new name", () => {
    expect(sourceOf("The ferry was late. Ann Vale of The Harbor Weekly wrote that the pier was unsafe.", "wrote")).toBe("Ann Vale of The Harbor Weekly");
    expect(sourceOf("The ferry was late. The skipper of The Blue Gull asked whether the pier was safe.", "asked")).toBe("The skipper of The Blue Gull");
  });
  test("'said Ann Vale, a ferry pilot from Kellport, Ore., …': the state goes on the place", () => {
    const t = "\u201cThe pier is unsafe,\u201d said Ann Vale, a ferry pilot from Kellport, Ore., who sails daily.";
    expect(sourceOf(t, "said")).toContain("Kellport, Ore.");
    const t2 = "\u201cThe pier is unsafe,\u201d said Ivo Lund, a skipper from Derry, N.H., on Tuesday.";
    expect(sourceOf(t2, "said")).toBe("Ivo Lund, a skipper from Derry, N.H.");
  });
});

describe("a paragraph after a colon", () => {
  test("'Vale told reporters on Friday:' and a paragraph without quotation marks: the paragraph is what she said", () => {
    const t = "The ferry was late.\n\nAnn Vale told reporters on Friday:\n\nIt is late now. I guess the crossing is very hard tonight.\n\nThe board met later.";
    const st = extractStatements(t);
    const told = st.findIndex((s) => s.cue?.text === "told");
    expect(st[told]?.source?.text).toBe("Ann Vale");
    expect(st[told]?.content.text).toBe("It is late now. I guess the crossing is very hard tonight");
    // (a statement inside it is nested in it)
    expect(st.find((s) => s.cue?.text === "guess")?.parent).toBe(told);
  });
  test("not when the cue has a clause of its own before the colon, nor past the paragraph", () => {
    const t = "The ferry was late.\n\nAnn Vale said the crossings that matter include:\n\nFares: the board will cut them.\n\nThe board met later.";
    expect(byCue(t, "said")?.content.text).not.toContain("Fares");
    const t2 = "The ferry was late.\n\nAnn Vale wrote:\n\nThe pier is rotten.\n\nThe board met later.";
    expect(byCue(t2, "wrote")?.content.text).toBe("The pier is rotten");
  });
});

describe("what the writer adds after a reported clause", () => {
  test("', which has stood …' running to the end: a relative clause on the last noun is the writer's", () => {
    expect(contentOf("The ferry was late. The skippers say they will keep sailing past the old mill, which has stood empty since the flood.", "say"))
      .toBe("they will keep sailing past the old mill");
    // (one the reported clause goes on after is the speaker's)
    expect(contentOf("The ferry was late. Vale said the mayor, who runs the board, would close the pier.", "said")).toContain("would close the pier");
  });
  test("a relative clause that reports a saying of its own stays in the account (', which it said had …')", () => {
    const st = extractStatements("The ferry was late. The harbour union claimed that it had counted three storms over the strait, which it said had sunk two boats.");
    const claimed = st.findIndex((s) => s.cue?.text === "claimed");
    expect(st[claimed]?.content.text).toContain("which it said had sunk two boats");
    expect(st.find((s) => s.cue?.text === "said")?.parent).toBe(claimed);
  });
  test("', compared with …', ', where …' to the end and ', according to …' close it", () => {
    expect(contentOf("The ferry was late. Most riders said they trust the skipper, compared with 30 percent who trust the board.", "said")).toBe("they trust the skipper");
    expect(contentOf("The ferry was late. Vale said she would sail to Derry, where she has a home.", "said")).toBe("she would sail to Derry");
    expect(contentOf("The ferry was late. Vale said the line carried 4,000 riders, according to a harbour tally, and more in May.", "said")).toBe("the line carried 4,000 riders");
  });
  test("'… in a tweet', '… during a speech at the hall': where or how it was said is no part of it", () => {
    expect(contentOf("The ferry was late. Vale said the crossing was the worst she had seen in a long radio interview for the harbour paper on Sunday.", "said"))
      .toBe("the crossing was the worst she had seen");
    expect(contentOf("The ferry was late. Vale criticized the board's plans to close the pier during a speech at the harbour hall.", "criticized"))
      .toBe("the board's plans to close the pier");
    // (not when a clause of its own follows: "in a speech that the board is wrong" is what she said)
    expect(contentOf("The ferry was late. Vale said she had argued in a speech that the board is wrong.", "said")).toContain("the board is wrong");
  });
  test("', a former harbour master' running to the end: a noun phrase the writer adds on the last noun", () => {
    expect(contentOf("The ferry was late. The skippers criticized the new fees set by Ann Vale, a former harbour master and councillor.", "criticized"))
      .toBe("the new fees set by Ann Vale");
    expect(contentOf("The ferry was late. Vale said the pier would “not hold” in a storm, a swipe at the board that built it.", "said")).toBe("the pier would “not hold” in a storm");
    // (a list goes on: "a pier, a road and a school" is what she asked for)
    expect(contentOf("The ferry was late. Vale asked for a new ferry, a longer pier and a school.", "asked for")).toContain("a school");
  });
  test("', with X taking …', ', noting …' after a short clause close it too", () => {
    expect(contentOf("The ferry was late. The line has denied the delay, with Vale going on the radio to call the crew confused.", "has denied")).toBe("the delay");
    expect(contentOf("The ferry was late. Vale has rejected the claim, noting that the ferry runs on time.", "has rejected")).toBe("the claim");
  });
});

describe("speaking with no topic named", () => {
  test("'The mayor spoke to the crews', 'spoke for an hour' report nothing; 'spoke about', 'spoke out', 'spoke favorably of' do", () => {
    expect(byCue("The ferry was late. The mayor spoke to a room full of ferry crews on Tuesday.", "spoke")).toBeUndefined();
    expect(byCue("The ferry was late. The mayor spoke for 50 minutes, long by harbour standards.", "spoke")).toBeUndefined();
    expect(byCue("The ferry was late. The mayor talked with the crews at the pier.", "talked")).toBeUndefined();
    expect(contentOf("The ferry was late. The mayor spoke to reporters about the new fees.", "spoke")).toContain("the new fees");
    expect(contentOf("The ferry was late. The mayor spoke favorably of the new fees.", "spoke")).toContain("the new fees");
    expect(extractStatements("The ferry was late. The mayor has spoken out against the new fees.").some((s) => s.content.text.includes("the new fees"))).toBe(true);
  });
});

describe("what opens a content: a dateline, a transcript's label", () => {
  test("'PORTLAND (AP) — …, the mayor said': the dateline is no part of the content", () => {
    expect(contentOf("PORTLAND (AP) — The ferry line owns a share of the very piers it blames, the mayor said.", "said"))
      .toBe("The ferry line owns a share of the very piers it blames");
    expect(byCue("PORTLAND, Maine (Reuters) - The line has invested in the piers, according to documents it filed.", "according to")?.content.text)
      .toBe("The line has invested in the piers");
  });
  test("'LUND: Look, …, and I think …': a transcript's speaker label holds the whole turn, a statement inside it nested", () => {
    const t = "The ferry was late.\n\nLUND: Look, the crews have done their part, and I think the board should now do its own.";
    const st = extractStatements(t);
    const turn = st.findIndex((s) => s.cue?.text === ":");
    expect(st[turn]?.source?.text).toBe("LUND");
    expect(st[turn]?.content.text).toBe("Look, the crews have done their part, and I think the board should now do its own");
    expect(st.find((s) => s.cue?.text === "think")?.parent).toBe(turn);
  });
});

describe("an addressee and a day before the reported clause", () => {
  test("'told Harbor Radio on Monday the crossing had been calm': neither the addressee nor the day is content", () => {
    expect(contentOf("The ferry was late. She told Harbor Radio on Monday the crossing had been calm.", "told")).toBe("the crossing had been calm");
  });
});

describe("a tag after a quotation, and what the speaker did next", () => {
  test("'“…,” Hart and Moss, both Democrats, said': a floating quantifier before a capitalised noun opens an apposition", () => {
    const t = "“The pier is not for sale,” Ana Hart and Tom Moss, both Democrats, said in a joint letter.";
    expect(byCue(t, "said")?.source?.text).toBe("Ana Hart and Tom Moss, both Democrats");
    expect(byCue("Vale and Ruiz, both Guild members, say the pier must stay open.", "say")?.source?.text).toBe("Vale and Ruiz, both Guild members");
  });
  test("'“…,” she said, while arguing …' / ', though …' / ', then turned to …' / ', likely referring to …' are not more of the quotation", () => {
    expect(contentOf("“It would only make the queues longer,” Vale said, while arguing the town should hire more wardens.", "said")).toBe("“It would only make the queues longer,”");
    expect(byCue("“It would only make the queues longer,” Vale said, while arguing the town should hire more wardens.", "arguing")?.source?.text).toBe("Vale");
    expect(contentOf("The pier is safe, Vale said, though she would not swim there.", "said")).toBe("The pier is safe");
    expect(contentOf("“We have our work cut out,” she told a crowd of skippers, then turned to the fuel tax.", "told")).toBe("“We have our work cut out,”");
    const t = "“This is a dreadful budget,” Ruiz said, likely referring to the harbour levy.";
    expect(contentOf(t, "said")).toBe("“This is a dreadful budget,”");
    expect(byCue(t, "referring")?.source?.text).toBe("Ruiz");
    // a parenthetical tag inside a clause still goes on with it
    expect(extractStatements("The ferries, Vale said, now run twice a day.")[0]?.content.text).toContain("now run twice a day");
    expect(extractStatements("The pier is safe, Vale said, while others were less sure.")[0]?.content.text).toContain("while others were less sure");
  });
  test("'At the hearing she laughed and admitted that …': a verb of reacting takes no words; the verb after 'and' reports them", () => {
    const t = "At the close of the hearing she laughed and admitted that the tolls had been a blessing and a burden.";
    expect(byCue(t, "laughed")).toBeUndefined();
    expect(byCue(t, "admitted")?.source?.text).toBe("she");
    expect(byCue(t, "admitted")?.content.text).toBe("that the tolls had been a blessing and a burden");
  });
  test("'“…,” she said at a Tuesday press call, and predicted that …': the second verb shares the tag's source past a longer adjunct", () => {
    const t = "“We will try,” Vale said at a Tuesday press call in Kellport, and predicted that the pier would reopen in May.";
    expect(byCue(t, "predicted")?.source?.text).toBe("Vale");
    expect(byCue(t, "predicted")?.content.text).toBe("that the pier would reopen in May");
  });
  test("'that ferries, with their old engines, were …': a phrase set off inside the reported clause's subject is no writer's absolute", () => {
    expect(contentOf("Vale said on Friday that ferries, with their rusted hulls and old engines, were a hazard to the harbour.", "said"))
      .toBe("that ferries, with their rusted hulls and old engines, were a hazard to the harbour");
    expect(contentOf("Vale said the ferries were late, with the aide taking the blame.", "said")).toBe("the ferries were late");
  });
});

describe("quotations that are titles or asides", () => {
  test("'Vale, host of Harbor Radio’s “Morning Tide,” suggested …': a title closing an apposition is part of the source", () => {
    const t = "Ann Vale, host of Harbor Radio’s “Morning Tide,” suggested the mayor’s silence could cost him the race.";
    expect(sourceOf(t, "suggested")).toBe("Ann Vale, host of Harbor Radio’s “Morning Tide,”");
    expect(contentOf(t, "suggested")).toBe("the mayor’s silence could cost him the race");
    const u = "Lee Hart, the author of “Salt Roads,” suggested the pier must stay open.";
    expect(sourceOf(u, "suggested")).toBe("Lee Hart, the author of “Salt Roads,”");
    // with no apposition, a quotation closing the sentence's clause is still the content
    expect(sourceOf("He is a great fan of “Salt Roads,” said Hart.", "said")).toBe("Hart");
  });
  test("'… members (“I want my fees back,” wrote a welder …)': a quotation inside a parenthesis is the content, not the sentence before it", () => {
    const t = "The vote drew anger from members (“I want my fees back,” wrote Tom Hale, a welder in Kellport, on the guild page), and the board met again.";
    expect(contentOf(t, "wrote")).toBe("“I want my fees back,”");
    expect(sourceOf(t, "wrote")).toBe("Tom Hale, a welder in Kellport");
  });
});

describe("words between the subject and the verb, and after the addressee", () => {
  test("'would only say', 'has only briefly explained', 'just said': the verb keeps its subject", () => {
    expect(sourceOf("Asked about a tougher line, the Kellport skipper would only say that the mayor was new to the job.", "say")).toBe("the Kellport skipper");
    expect(contentOf("Asked about a tougher line, the Kellport skipper would only say that the mayor was new to the job.", "say")).toBe("that the mayor was new to the job");
    expect(sourceOf("The harbour master just said the pier would reopen in May.", "said")).toBe("The harbour master");
  });
  test("', for one,' after a name is no part of the source", () => {
    expect(sourceOf("The ferry union, for one, said the new timetable was unworkable.", "said")).toBe("The ferry union");
  });
  test("'told The Harbor Weekly he’s …': a pronoun with its verb contracted opens the reported clause after the addressee", () => {
    expect(contentOf("Hale told The Harbor Weekly he’s not filing a challenge to the ruling.", "told")).toBe("he’s not filing a challenge to the ruling");
  });
});

describe("where a content stops in a longer sentence", () => {
  test("'“…,” he said of the crews, “…”': a split quotation goes on after whom the words were about", () => {
    const t = "“I cannot say how they voted,” she said of the crews whose licences came back, “but I know they care.”";
    expect(extractStatements(t).find((s) => s.cue?.text === "said")?.contentParts?.map((p) => p.text))
      .toEqual(["“I cannot say how they voted,”", "“but I know they care.”"]);
  });
  test("'Vale, who has called the levy “plainly unfair,” portrayed …': the relative clause ends at its quotation, and the main verb does not invert", () => {
    const t = "Mr. Vale, who has called the levy “plainly unfair,” portrayed the mayor as a passing problem.";
    expect(contentOf(t, "has called")).toBe("the levy “plainly unfair,”");
    expect(sourceOf(t, "portrayed")).toBe("Mr. Vale");
    // outside a relative clause, a list of predicates goes on after a quotation closing on a comma
    expect(contentOf("Prosecutors alleged that the two guards, assigned to the unit, “browsed the web,” lingered in a hall and falsified logs.", "alleged"))
      .toBe("that the two guards, assigned to the unit, “browsed the web,” lingered in a hall and falsified logs");
    // a participle that works as a preposition goes on: "…,” compared to …"
    expect(contentOf("Reed told a crowd in Kellport that the fee is “peanuts,” compared to the old tolls.", "told")).toContain("compared to the old tolls");
  });
  test("'After the board asked workers to take a cut, 800 agreed': a cue inside a fronted clause reports only that clause", () => {
    expect(contentOf("In June, after a worried board asked crews to take a pay cut, 800 deckhands agreed.", "asked")).toBe("crews to take a pay cut");
    expect(contentOf("Two years after the guild vowed to court younger skippers, the board has done the opposite.", "vowed")).toBe("to court younger skippers");
  });
});

describe("quotations that go on a statement", () => {
  test("'“A,” she told Harbor Radio, “B.”': the second part after the addressee", () => {
    const t = "“First of all,” Vale told Harbor Radio, “I would never wish a storm like that on anyone.”";
    expect(extractStatements(t).find((s) => s.cue?.text === "told")?.contentParts?.map((p) => p.text))
      .toEqual(["“First of all,”", "“I would never wish a storm like that on anyone.”"]);
  });
  test("'Vale said he would vote no. “…”': a quotation alone in the next sentence goes on reported speech", () => {
    const t = "Vale said he would not back the levy. “I am not sure the skippers trust the board.”\n\nThe vote is on Friday.";
    const st = extractStatements(t).find((s) => s.cue?.text === "said");
    expect(st?.contentParts?.map((p) => p.text)).toEqual(["he would not back the levy", "“I am not sure the skippers trust the board.”"]);
    // not after a belief or evidence: "The figures show …"
    const u = "The figures show the levy is falling. “We are broke.”\n\nThe vote is on Friday.";
    expect(extractStatements(u).some((s) => s.content.text.includes("We are broke"))).toBe(false);
  });
});

describe("a document issued before a colon", () => {
  test("'The mayor released the following statement: “…”': the act of issuing is the cue, the quotation after the colon its content", () => {
    const t = "The harbour board released the following statement: “Our thoughts are with the crews tonight.”";
    expect(sourceOf(t, "released the following statement:")).toBe("The harbour board");
    expect(contentOf(t, "released the following statement:")).toBe("“Our thoughts are with the crews tonight.”");
    const u = "The guild later put out a brief statement:\n\n“We will appeal the ruling.”\n\nThe pier stayed shut.";
    expect(contentOf(u, "put out a brief statement:")).toBe("“We will appeal the ruling.”");
    const v = "The guild issued the following statement:\n\nWe will appeal the ruling. The pier must reopen.\n\nThe pier stayed shut.";
    expect(contentOf(v, "issued the following statement:")).toContain("We will appeal the ruling");
  });
});

describe("titles, places and outlets in a source", () => {
  test("'said Ana Lund, managing director and analyst at Harbor Capital': the title is part of the source, before or after the verb", () => {
    expect(sourceOf("“It is a risky bet,” said Ana Lund, managing director and senior analyst at Harbor Capital.", "said"))
      .toBe("Ana Lund, managing director and senior analyst at Harbor Capital");
    expect(sourceOf("“It is a risky bet,” Tom Peck, managing director and analyst at Kell Partners, told me this week.", "told"))
      .toBe("Tom Peck, managing director and analyst at Kell Partners");
    // a participle phrase that is no title stays out
    expect(sourceOf("“It is a risky bet,” said Ana Lund, speaking to reporters.", "said")).toBe("Ana Lund");
  });
  test("'…, according to a fresh report in Harbor Weekly.': a closing according-to source runs on over its place or outlet", () => {
    expect(sourceOf("Reed will likely win, according to a fresh report in Harbor Weekly.", "according to")).toBe("a fresh report in Harbor Weekly");
    expect(sourceOf("Reed trails by nine points, according to the polling average in Kell County.", "according to")).toBe("the polling average in Kell County");
    // not over a time
    expect(sourceOf("Reed trails, according to the clerk in Kellport on Tuesday.", "according to")).toBe("the clerk");
  });
});

describe("a reported clause opening on 'this'", () => {
  test("'Reed said this was the last window. “…,” Vale said.': the clause is the content, and the next speaker's quotation does not take it away", () => {
    const t = "Reed said this was the last window to pass the levy. “We are out of time,” Vale said.";
    expect(contentOf(t, "said")).toBe("this was the last window to pass the levy");
    expect(extractStatements(t).filter((s) => s.cue?.text === "said")).toHaveLength(2);
    // "said this week:" before a quotation is still an adjunct
    expect(contentOf("Reed said this week: “We are done.” Vale agreed.", "said")).toBe("“We are done.”");
  });
  test("'… said in a radio chat ahead of the polls': a poll heads its phrase to be evidence", () => {
    const t = "“I think I will get there,” Reed said in a radio chat ahead of the polls.";
    expect(byCue(t, "in")).toBeUndefined();
    expect(sourceOf("Reed leads by nine points in a new Harbor Weekly poll of likely voters.", "in")).toBe("a new Harbor Weekly poll of likely voters");
  });
});

describe("counts and pairs as sources", () => {
  test("'More than seven in 10 said', 'No more than a fifth said', 'Neither Vale nor Reed acknowledged': the whole phrase is the source", () => {
    expect(sourceOf("More than seven in 10 skippers said they were tired of the fight.", "said")).toBe("More than seven in 10 skippers");
    expect(sourceOf("No more than a fifth said they would pay the toll.", "said")).toBe("No more than a fifth");
    expect(sourceOf("Neither Vale nor Reed acknowledged the crews’ effort.", "acknowledged")).toBe("Neither Vale nor Reed");
  });
});

describe("an inverted tag inside the sentence", () => {
  test("'And Reed, said Vale, who knows him, doesn’t forgive': the name after the verb is the source, the words on both sides the content", () => {
    const t = "And Reed, said Vale, who still sails with him, doesn’t forgive or forget.";
    expect(sourceOf(t, "said")).toBe("Vale, who still sails with him");
    expect(extractStatements(t).find((s) => s.cue?.text === "said")?.contentParts?.map((p) => p.text)).toEqual(["And Reed", "doesn’t forgive or forget"]);
    const u = "But, said Vale, “I do not want a fight with the guild.”";
    expect(sourceOf(u, "said")).toBe("Vale");
    expect(contentOf(u, "said")).toBe("“I do not want a fight with the guild.”");
    // a verb of telling names its addressee there, not its speaker
    expect(sourceOf("Dick Vale, the pier boss, told Harbor Radio, “We are done.”", "told")).toBe("Dick Vale, the pier boss");
  });
});

describe("a town and its state inside a subject", () => {
  test("'Voters in Akron, Ohio complained …': the state after the town's comma goes on the subject, which is no tag of the clause before", () => {
    const t = "Reed said that some voters in Akron, Ohio complained about the long lines.";
    expect(sourceOf(t, "complained")).toBe("some voters in Akron, Ohio");
    expect(contentOf(t, "said")).toBe("that some voters in Akron, Ohio complained about the long lines");
    expect(sourceOf("Dana Pell of Salem, Oregon says the levy will pass.", "says")).toBe("Dana Pell of Salem, Oregon");
    // with a relative clause after the state
    const u = "Vale said Friday that several skippers in Kellport, Maine who fish the outer banks asked to meet him.";
    expect(sourceOf(u, "said")).toBe("Vale");
    expect(contentOf(u, "said")).toContain("who fish the outer banks asked to meet him");
  });
  test("a fronted phrase or a parenthetical tag keeps the name after the comma as the speaker", () => {
    expect(sourceOf("During the forum in Kellport, Reed said the pier would reopen.", "said")).toBe("Reed");
    expect(sourceOf("Back in Maine, Ms. Vale said she doubted it.", "said")).toBe("Ms. Vale");
    expect(sourceOf("Asked about the fees in Salem, Reed said they were fair.", "said")).toBe("Reed");
    expect(sourceOf("This week in Maine, Dana Pell announced her plan for the port.", "announced")).toBe("Dana Pell");
    expect(sourceOf("The lawyer for the family in Kellport, Vale said, has quit.", "said")).toBe("Vale");
  });
});

describe("names joined by 'and' before a floating 'both'", () => {
  test("'that Vale and Reed both admitted …': one plural subject, inside the reported clause, and the source of its own verb", () => {
    const t = "The clerk alleged that Vale and Reed both admitted to the harbour master that they had skipped the rounds.";
    expect(contentOf(t, "alleged")).toBe("that Vale and Reed both admitted to the harbour master that they had skipped the rounds");
    expect(sourceOf(t, "admitted")).toBe("Vale and Reed both");
    // a new speaker after "and" still ends the clause
    expect(contentOf("Vale said the pier was safe and Reed said it was not.", "said")).toBe("the pier was safe");
  });
});

describe("a clause after a fronted adverbial inside the reported clause", () => {
  test("'that until lately, a gate to the yard didn’t lock': a negated verb makes the phrase after the comma a clause, not an apposition", () => {
    expect(contentOf("Okafor said that until lately, a gate to the yard didn’t lock and a stray dog slept there.", "said"))
      .toBe("that until lately, a gate to the yard didn’t lock and a stray dog slept there");
    // a noun phrase after the comma with no verb of its own is still the writer's apposition
    expect(contentOf("Okafor said that the fees would rise, a swipe at the harbour board.", "said")).toBe("that the fees would rise");
  });
});

describe("a document issued before the second colon of a sentence", () => {
  test("a colon with no issuing verb before it does not stop the search for the next", () => {
    const t = "Her reply to the clerk: “No comment” — and then the trust released the following statement: “We will appeal the ruling.”";
    expect(sourceOf(t, "released the following statement:")).toBe("the trust");
    expect(contentOf(t, "released the following statement:")).toBe("“We will appeal the ruling.”");
  });
});

describe("a relative clause set off by commas before the main verb", () => {
  test("'Reed, who wrote about the levy, said …': the relative clause's content is its own phrase, and the main statement stands on its own", () => {
    const t = "Dana Reed, who wrote about the levy, said the town would vote in May.";
    const wrote = extractStatements(t).find((s) => s.cue?.text === "wrote");
    expect(wrote?.content.text).toBe("about the levy");
    const said = extractStatements(t).find((s) => s.cue?.text === "said");
    expect(said?.source?.text).toBe("Dana Reed");
    expect(said?.content.text).toBe("the town would vote in May");
    expect(said?.parent).toBeUndefined();
    // a phrase and a comma after the cue still lead to the content when no verb follows the comma
    expect(contentOf("Reed said in a statement, “We shall appeal.”", "said")).toBe("“We shall appeal.”");
  });
});

describe("a weekday and a part of the day between the subject and the verb", () => {
  test("'Reed on Thursday evening said': the time is no part of the source", () => {
    expect(sourceOf("Harbor spokesman Tom Reed on Friday evening told us the port was not in trouble.", "told")).toBe("Harbor spokesman Tom Reed");
    expect(sourceOf("Tom Reed Thursday night said the port was safe.", "said")).toBe("Tom Reed");
    // after a participle the time is the report's
    expect(sourceOf("A report released Monday morning said the port was safe.", "said")).toBe("A report released Monday morning");
  });
});

describe("a clause of when or how after the tag of a quotation that closed its own sentence", () => {
  test("'“…!” Reed said as he left.': the quotation is the content, not the clause after the verb", () => {
    expect(contentOf("“Our little port is open for business again!” Mayor Ana Vale said as she cut the ribbon.", "said"))
      .toBe("“Our little port is open for business again!”");
    expect(contentOf("The hall went quiet. “The levy has passed.” Reed said while the clerks counted.", "said")).toBe("“The levy has passed.”");
    // reported words after the clause are still the content
    expect(contentOf("“We are done.” Reed said after the vote that the club would fold.", "said")).toBe("that the club would fold");
  });
});

describe("an aside between dashes inside the reported clause", () => {
  test("'the return — the county’s biggest port — would bring …': the clause goes on past the aside", () => {
    expect(contentOf("Okafor said the ferry’s return to Akron — the county’s busiest port — would bring crowds to the quay.", "said"))
      .toBe("the ferry’s return to Akron — the county’s busiest port — would bring crowds to the quay");
    expect(contentOf("Okafor urged the council to publish its figures — the toll receipts above all — for each quarter.", "urged"))
      .toBe("the council to publish its figures — the toll receipts above all — for each quarter");
    // a new clause or a second predicate after the aside is not the speaker's
    expect(contentOf("Okafor said the levy was dead — a blow to the mayor — and vowed to fight on.", "said")).toBe("the levy was dead");
    expect(contentOf("Okafor said the ferry would sail in May — a date the board chose — while Vale called the plan vague.", "said")).toBe("the ferry would sail in May");
  });
});

describe("a participle phrase setting the scene before the subject", () => {
  test("'Standing on the pier, the mayor, Dan Reed, said …': the role and name are the source, the scene no content", () => {
    expect(sourceOf("Standing on the quay, the harbour master, Ana Vale, said the ferry was late.", "said")).toBe("the harbour master, Ana Vale");
    expect(contentOf("Speaking at the town hall, Vale said, “We will reopen the pier.”", "said")).toBe("“We will reopen the pier.”");
    // a gerund subject with the clause going on after the tag is still content
    expect(contentOf("Spending on ferries, the mayor said, is far too low.", "said")).toBe("Spending on ferries, the mayor said, is far too low");
  });
});

describe("a bound before a count opening the subject", () => {
  test("'as many as', 'at least', 'all but', 'more than two-thirds': the bound is part of the source", () => {
    expect(sourceOf("More than three-quarters of the county's young renters predict they will move away.", "predict")).toBe("More than three-quarters of the county's young renters");
    expect(sourceOf("As many as four-fifths of the skippers tell us they will strike.", "tell")).toBe("As many as four-fifths of the skippers");
    expect(sourceOf("All but three said the ferry should sail in June.", "said")).toBe("All but three");
    // a bound after the verb is no part of its subject
    expect(sourceOf("The board met at least twice, the clerk said.", "said")).toBe("the clerk");
  });
});

describe("a name joined by a slash", () => {
  test("'a Harbor Weekly/County Radio poll found …': both outlets are in the source", () => {
    expect(sourceOf("A new Harbor Weekly/County Radio survey found that the levy was ahead.", "found")).toBe("A new Harbor Weekly/County Radio survey");
    expect(sourceOf("The levy was ahead, according to a Tide/Ledger survey of 800 voters.", "according to")).toBe("a Tide/Ledger survey of 800 voters");
  });
});

describe("a time after a participle in the subject", () => {
  test("'a survey taken last week showed …': the time is the subject's", () => {
    expect(sourceOf("A survey taken last week showed that the levy was ahead.", "showed")).toBe("A survey taken last week");
    expect(sourceOf("An audit issued earlier this year found that the pier lost money.", "found")).toBe("An audit issued earlier this year");
    // with no participle, the time between subject and verb is no part of the source
    expect(sourceOf("Okafor last week said the pier lost money.", "said")).toBe("Okafor");
  });
});

describe("a participle of saying after the object of a verb in the past", () => {
  test("'Vale opened the meeting saying …': the subject speaks, not the whole clause", () => {
    expect(sourceOf("The councillor opened a packed meeting in Akron blasting the harbour board.", "blasting")).toBe("The councillor");
    expect(sourceOf("Okafor started out her talk saying the pier was safe.", "saying")).toBe("Okafor");
    // a relative pronoun before the verb stands for its noun
    expect(sourceOf("They met a skipper who recently wrote a memoir calling the port a ruin.", "calling")).toBe("who");
  });
});

describe("the speaker's turn set off after the name", () => {
  test("'Vale, for her part, said …', 'said Vale, for one': no part of the source", () => {
    expect(sourceOf("The harbour board, for its part, has denied that the pier was unsafe.", "has denied")).toBe("The harbour board");
    expect(sourceOf("“The pier was never unsafe,” said Okafor, for one.", "said")).toBe("Okafor");
    // "for" opening a role stays ("a lawyer for the board")
    expect(sourceOf("Ana Vale, a lawyer for the board, said the pier was safe.", "said")).toBe("Ana Vale, a lawyer for the board");
  });
});

describe("a time between the subject and a verb the cue table rates lower", () => {
  test("'Vale on Thursday asked …', 'Reeves late Thursday night ruled …': the time is no part of the source", () => {
    expect(sourceOf("Okafor on Thursday asked whether the pier was safe.", "asked")).toBe("Okafor");
    expect(sourceOf("Judge Ana Reeves late Tuesday night ruled that the pier must close.", "ruled")).toBe("Judge Ana Reeves");
    expect(sourceOf("The harbour board on Monday approved a motion condemning the fees.", "approved")).toBe("The harbour board");
  });
});

describe("a reported clause that opens on a subordinate clause", () => {
  test("'said that although Reed confessed, he showed …': the comma does not end the content", () => {
    const t = "The judge said that although the skipper confessed, he showed no regret.";
    expect(contentOf(t, "said")).toBe("that although the skipper confessed, he showed no regret");
    // the verb after the comma takes its object; the clause before the comma is no content of it
    expect(contentOf(t, "showed")).toBe("no regret");
    expect(contentOf("Okafor said that before the audit was out, Vale sent a lawyer to the quay.", "said"))
      .toBe("that before the audit was out, Vale sent a lawyer to the quay");
    // two clauses joined by "and" stay two statements
    expect(contentOf("Okafor said the pier was safe, and Vale warned that it was not.", "said")).toBe("the pier was safe");
  });
});

describe("'but' that goes on with what was said", () => {
  test("'said it would close the pier, but not the beach', '…, but that …': one reported clause", () => {
    expect(contentOf("Reed said the ferry would run on weekdays, but not on Sundays.", "said")).toBe("the ferry would run on weekdays, but not on Sundays");
    expect(contentOf("Vale said the tolls would rise, but that the bridge would stay open.", "said")).toBe("the tolls would rise, but that the bridge would stay open");
    expect(contentOf("Okafor argued the board should not sell the quay, but rather lease it to the town.", "argued")).toBe("the board should not sell the quay, but rather lease it to the town");
    // "that" as a pronoun or a determiner, a clause of its own, or a purpose after it: the writer's
    expect(contentOf("Vale said the tolls would rise, but that could change.", "said")).toBe("the tolls would rise");
    expect(contentOf("Reed said the fares were fair, but that report came later.", "said")).toBe("the fares were fair");
    expect(contentOf("Reed said the fares were fair, but he was wrong.", "said")).toBe("the fares were fair");
  });
});

describe("a tag that repeats an attribution with 'that' before it", () => {
  test("'Reed said that … “a plan,” he said': one statement, the first speaker's", () => {
    const t = "Port spokesman Dan Reed said that the board will act soon to show voters that the port has “a plan that works,” he said.";
    const st = extractStatements(t);
    expect(st.map((s) => s.cue?.text)).toEqual(["said"]);
    expect(st[0]!.source?.text).toBe("Port spokesman Dan Reed");
    // the tag set inside the clause: the clause goes on after it
    const u = "The skipper told the court that she left the quay early because, she said, the tide had turned.";
    expect(extractStatements(u).map((s) => s.cue?.text)).toEqual(["told"]);
    expect(contentOf(u, "told")).toBe("that she left the quay early because, she said, the tide had turned");
    // an aside between dashes has a tag of its own
    const v = "Vale hinted that the plan was thin - “show us the sums,” she said - and added that the board hid costs.";
    expect(sourceOf(v, "said")).toBe("she");
    // a clause with no "that": the same
    const w = "In a memo sent as the polls closed, port manager Dan Reed acknowledged the board and the skippers had split the vote, he said.";
    expect(extractStatements(w).map((s) => s.cue?.text)).toEqual(["acknowledged"]);
    // a tag after a plain clause keeps its statement, and so does one after an object
    expect(sourceOf("The harbour has added a new berth for the ferries, she noted.", "noted")).toBe("she");
  });
});

describe("a place's abbreviation at the end of a sentence", () => {
  test("'… San Mateo, Calif. The board said …': a new sentence, the abbreviation no part of the source", () => {
    expect(sourceOf("The ferry sank near San Mateo, Calif. The harbour board said the crew was safe.", "said")).toBe("The harbour board");
    expect(sourceOf("Reed grew up in Frankfort, Ky. He said the pier was safe.", "said")).toBe("He");
    // inside a name it stays: "Rep. Jo Hart (D-Calif.) said …", and a title before a name
    expect(sourceOf("Rep. Jo Hart (D-Calif.) said the pier was safe.", "said")).toBe("Rep. Jo Hart (D-Calif.)");
    expect(sourceOf("The board met in Dover. Gov. Ana Reed said the pier was safe.", "said")).toBe("Gov. Ana Reed");
  });
});

describe("a relative clause with no 'that' before the verb of saying", () => {
  test("'a probe the agency said was ongoing': the source is the clause's subject, not the noun before", () => {
    expect(sourceOf("The harbour board opened a probe the agency said was ongoing.", "said")).toBe("the agency");
    expect(sourceOf("It is a trend Reed said could push voters away.", "said")).toBe("Reed");
    expect(sourceOf("These are the berths the board now says are unsafe.", "says")).toBe("the board");
    expect(sourceOf("Okafor has a plan most voters say is too costly.", "say")).toBe("most voters");
    // a name with a noun before it keeps both when the clause has its own subject, and a name
    // joined by "and" stays whole
    expect(sourceOf("The group Harbor Watch said the pier was unsafe.", "said")).toBe("The group Harbor Watch");
    expect(sourceOf("The Bank for Trade and Development says is the plan to back.", "says")).toBe("The Bank for Trade and Development");
  });
});

describe("an adverb between the speaker and the verb", () => {
  test("'Reed soon said', 'the board has twice complained': the adverb is no part of the source", () => {
    expect(sourceOf("Fact-checkers soon noted that the toll figure was wrong.", "noted")).toBe("Fact-checkers");
    expect(sourceOf("The harbour board has twice complained that the ferry ran late.", "has twice complained")).toBe("The harbour board");
    expect(sourceOf("Okafor almost said the pier was safe.", "said")).toBe("Okafor");
    expect(sourceOf("The skipper too said the pier was safe.", "said")).toBe("The skipper");
    // "too" as a degree word in the content stays there
    expect(contentOf("The fare is too high, Reed said.", "said")).toBe("The fare is too high");
  });
});

describe("a name opening the sentence before an apposition with no closing comma", () => {
  test("'Dan Reed, the party's spokesman said …': the name is the source's start", () => {
    expect(sourceOf("Ana Vale, the spokeswoman for the Harbour Party said in a statement that the pier was safe.", "said"))
      .toBe("Ana Vale, the spokeswoman for the Harbour Party");
    expect(sourceOf("Tom Okafor, a former skipper for the Dover line told reporters the pier was safe.", "told")).toBe("Tom Okafor, a former skipper for the Dover line");
    // an adverbial opening the sentence is no name, and a tag between commas leaves the name to the content
    expect(sourceOf("Early Tuesday, the harbour board said the pier was safe.", "said")).toBe("the harbour board");
    expect(sourceOf("Like Reed, the harbour board has said the pier was safe.", "has said")).toBe("the harbour board");
    expect(sourceOf("New Dover, the mayor said, is a safe port.", "said")).toBe("the mayor");
  });
});

describe("coordinated speakers with a focus word after 'and'", () => {
  test("'Skippers and even some fishermen say …': both members are the source", () => {
    expect(sourceOf("Skippers and even some fishermen say the pier is unsafe.", "say")).toBe("Skippers and even some fishermen");
    expect(sourceOf("Harbour pilots and even the board now warn that the pier is unsafe.", "warn")).toBe("Harbour pilots and even the board");
    // a second clause joined by "and even" keeps its own subject
    expect(sourceOf("The board met and even the mayor said the pier was safe.", "said")).toBe("the mayor");
  });
});

describe("a restrictive relative clause with 'whose' in the subject", () => {
  test("'The officials whose fees were cut say …': the clause is part of the source", () => {
    expect(sourceOf("The state officials whose fees have been cut say the pier is unsafe.", "say")).toBe("The state officials whose fees have been cut");
    expect(sourceOf("Skippers whose boats sank said the pier was unsafe.", "said")).toBe("Skippers whose boats sank");
    expect(sourceOf("Vale, whose ferry sank, said the pier was unsafe.", "said")).toBe("Vale, whose ferry sank");
  });
});

describe("a fronted phrase, then a clause of its own, then the tag", () => {
  test("'Despite the losses, Vale stays in the race, her aide told The Harbour Post.': the clause is the content", () => {
    const t = "Despite a string of losses, Ana Vale remains set on staying in the race, her top aide, Tom Reed, told The Harbour Post.";
    expect(contentOf(t, "told")).toBe("Despite a string of losses, Ana Vale remains set on staying in the race");
    // right after the fronted phrase, the source's clause follows the cue
    expect(contentOf("With the help of a video, the actor asked voters to register.", "asked")).toBe("voters to register");
  });
});

describe("a verb of saying that is a noun too, after a plural subject and before 'that'", () => {
  test("'Critics note that the plan …': a statement, whatever the table's rate for the word", () => {
    expect(sourceOf("Critics note that the toll plan is costly.", "note")).toBe("Critics");
    expect(contentOf("The harbour board met. Local skippers claim that the pier is unsafe.", "claim")).toBe("that the pier is unsafe");
    // "that" as a pronoun after the word: no clause, no statement
    expect(byCue("The critics claim that was rejected by the court.", "claim")).toBeUndefined();
  });
});

describe("a role phrase and a name after the content", () => {
  test("'…, the board's chair, Ana Vale, said': any title or person noun heads the role phrase", () => {
    expect(sourceOf("Tolls will rise in the spring, the ferry board's chair, Ana Vale, said.", "said")).toBe("the ferry board's chair, Ana Vale");
    expect(sourceOf("The pier will stay shut, its chair, Tom Reed, told the Kell Courier.", "told")).toBe("its chair, Tom Reed");
    expect(contentOf("The pier will stay shut, its chair, Tom Reed, told the Kell Courier.", "told")).toBe("The pier will stay shut");
    // a phrase that is no role keeps the name alone as the source
    expect(sourceOf("The levy failed, the third in a row, Ana Vale said.", "said")).toBe("Ana Vale");
  });
  test("'…, a plan that the board's chair, Ana Vale, called …': the role phrase opens after the relative word", () => {
    expect(sourceOf("The town wants a second pier, a project that the board's chair, Ana Vale, called overdue.", "called")).toBe("the board's chair, Ana Vale");
  });
});

describe("who was told is never the speaker", () => {
  test("'…, told the Kell Courier.': the noun after 'told' is the addressee, so no inverted source", () => {
    // the role phrase and the name are the source, never the paper
    expect(sourceOf("The pier will stay shut, its harbour master, Tom Reed, told the Kell Courier.", "told") ?? "").not.toContain("Courier");
    expect(byCue("“The pier will stay shut,” informed the Kell Courier.", "informed")).toBeUndefined();
    // other verbs that take an addressee still invert
    expect(sourceOf("“Why now?” asked Tom Reed.", "asked")).toBe("Tom Reed");
    expect(sourceOf("“Stay off the pier,” urged the harbour master.", "urged")).toBe("the harbour master");
  });
});

describe("a span of time after the cue", () => {
  test("'…, the mayor said Friday, a week after the storm shut the port.': the span tells when; the content is before", () => {
    const t = "The night ferry will keep running, the mayor said Friday, a week after the storm shut the port.";
    expect(contentOf(t, "said")).toBe("The night ferry will keep running");
    expect(contentOf("The toll will stay, the board announced on Monday, two days after the vote.", "announced")).toBe("The toll will stay");
    // a closing "some weeks later" is an adjunct of an "as" tag too
    expect(contentOf("The pier reopened in May, as the Kell Courier wrote some weeks later.", "wrote")).toBe("The pier reopened in May");
    // a quotation after the span is still the content
    expect(contentOf("The mayor said Friday, hours before the vote: “We are ready.”", "said")).toBe("“We are ready.”");
  });
  test("'said days later the pier …', 'said two days after the storm that …': the content starts after the span", () => {
    expect(contentOf("The mayor said days later the pier would reopen.", "said")).toBe("the pier would reopen");
    expect(contentOf("The mayor said three days after the gale that the pier would reopen.", "said")).toBe("that the pier would reopen");
    expect(contentOf("Ruiz told reporters a week later that the pier was safe.", "told")).toBe("that the pier was safe");
  });
});

describe("a quotation after a sentence that ends on its cue", () => {
  test("'Ruiz focused on the budget. “…”': only a verb of saying takes the next sentence's quotation", () => {
    expect(contentOf("Ruiz focused on the budget. “We cannot pay for the pier.”", "focused")).toBe("on the budget");
    expect(contentOf("The grant went to a group focused on ports. “The pier will not last.”", "focused") ?? "").not.toContain("last");
    // verbs of saying and tags still do
    expect(contentOf("Ruiz said on Friday. “The pier will not last the winter.”", "said")).toBe("“The pier will not last the winter.”");
    expect(contentOf("Ruiz agreed. “The pier will not last the winter.”", "agreed")).toBe("“The pier will not last the winter.”");
  });
});

describe("a tag after a closed quotation, then a participle", () => {
  test("'“…” Vale said, adding that …': the quotation is the content, the participle a statement of its own", () => {
    const t = "The board met. “The pier is unsafe.” Vale said, adding that the board would meet again.";
    expect(contentOf(t, "said")).toBe("“The pier is unsafe.”");
    expect(contentOf(t, "adding")).toBe("that the board would meet again");
    expect(contentOf("The board met. “Shut the pier now!” Reed wrote, citing the auditor’s letter.", "wrote")).toBe("“Shut the pier now!”");
  });
});

describe("an 'as' tag whose adjuncts close on a comma", () => {
  test("'…, as Vale said on the radio on Monday, only raising …': the words before 'as' are the content", () => {
    expect(contentOf("The levy is safe, “a sure thing now,” as Vale said on the radio on Monday, only raising the stakes.", "said"))
      .toBe("The levy is safe, “a sure thing now,”");
    // before a clause of its own, the "as" tag reports that clause
    expect(contentOf("The toll should stay, given that, as the Kell Courier reported on Friday, the board has spent the pier fund.", "reported"))
      .toBe("the board has spent the pier fund");
  });
});

describe("an adverb with no -ly between the auxiliary and the verb", () => {
  test("'The skippers can’t quite say …', 'would rather say', 'hasn’t yet said': the source stops before the auxiliary", () => {
    expect(sourceOf("The ferry crews can’t quite say what went wrong at the pier.", "say")).toBe("The ferry crews");
    expect(sourceOf("The harbour board would rather say nothing about the toll.", "say")).toBe("The harbour board");
    expect(sourceOf("The port office hasn't yet said when the pier will reopen.", "said")).toBe("The port office");
  });
});

describe("a gerund of saying after the tag's adjuncts", () => {
  test("'“A,” Vale said on “Tide Talk,” adding, “B.”': each quotation goes to its own cue", () => {
    const t = "“The ferry will keep running,” Vale said on Kell Radio’s “Tide Talk,” adding, “The toll stays.”";
    expect(contentOf(t, "said")).toBe("“The ferry will keep running,”");
    expect(contentOf(t, "adding")).toBe("“The toll stays.”");
    const u = "“The ferry will keep running,” Reed said on Friday before noting: “The toll stays.”";
    expect(contentOf(u, "said")).toBe("“The ferry will keep running,”");
    expect(contentOf(u, "noting")).toBe("“The toll stays.”");
    expect(sourceOf("“The pier is safe,” the harbour master replied before adding that divers would check it.", "replied")).toBe("the harbour master");
    expect(contentOf("“The pier is safe,” the harbour master replied before adding that divers would check it.", "replied")).toBe("“The pier is safe,”");
    // a gerund with an object of its own is still an aside inside a split quotation
    expect(contentOf("“Crews are tired,” Vale wrote in a letter to the board explaining the delay, “but the pier will open.”", "wrote"))
      .toContain("but the pier will open");
  });
});

describe("a clause of time after the addressee of 'told'", () => {
  test("'“…,” Vale told “Tide Talk” after a caller asked …': the quotation is the content, the clause tells when", () => {
    expect(contentOf("“The ferry will keep running,” Vale told “Tide Talk” after a caller pressed her on the storm.", "told")).toBe("“The ferry will keep running,”");
    expect(contentOf("“The toll stays,” Reed told the Kell Courier when the storm that had closed the pier was over.", "told")).toBe("“The toll stays,”");
    // words of its own after the clause are still the content
    expect(contentOf("Vale told the crew after the storm that the pier was safe.", "told")).toBe("that the pier was safe");
  });
});

describe("an inverted source with a lower-case title", () => {
  test("'…, said lobbyist and Labour strategist Tom Reed, …': the title and name are the source, the clause before the content", () => {
    const t = "The ferry lost money for years, said lobbyist and Labour strategist Tom Reed, the mayor’s former partner.";
    expect(sourceOf(t, "said")).toBe("lobbyist and Labour strategist Tom Reed, the mayor’s former partner");
    expect(contentOf(t, "said")).toBe("The ferry lost money for years");
    expect(sourceOf("The pier was built in 1902 by the city, said harbour historian Ana Vale.", "said")).toBe("harbour historian Ana Vale");
    // a noun phrase with its own preposition is an object, not a title
    expect(sourceOf("The board noted earlier testimony by Tom Reed, the harbour master.", "noted")).toBe("The board");
  });
});

describe("a role phrase of any singular noun before a full name", () => {
  test("'…, its harbour master, Tom Reed, told …': the phrase and the name are the source", () => {
    expect(sourceOf("The pier is unsafe, its harbour master, Tom Reed, told the Kell Courier.", "told")).toBe("its harbour master, Tom Reed");
    expect(sourceOf("The toll must go, the club’s cook, Ana Vale, said on Friday.", "said")).toBe("the club’s cook, Ana Vale");
    // not a plural, nor a phrase with a preposition of its own
    expect(sourceOf("Nobody fixed it, the old planks, Tom Reed, said.", "said") ?? "").not.toContain("planks");
    expect(sourceOf("Nobody fixed it, the deck of the pier, Tom Reed, said.", "said") ?? "").not.toContain("deck");
  });
});

describe("an adjective after 'it is' before a clause with no 'that'", () => {
  test("'It is doubtful Vale knew …', 'It’s likely the board said …': the source starts after the adjective", () => {
    expect(sourceOf("It is doubtful Vale imagined the pier would fall.", "imagined")).toBe("Vale");
    expect(sourceOf("It’s likely the harbour board said nothing about the toll.", "said")).toBe("the harbour board");
    expect(sourceOf("It was plain the skippers told the mayor about the planks.", "told")).toBe("the skippers");
  });
});

describe("a conjunction before a role phrase and its name", () => {
  test("'But the harbour master, Tom Reed, said …': the conjunction is no part of the source", () => {
    expect(sourceOf("But the harbour master, Tom Reed, said the pier was safe.", "said")).toBe("the harbour master, Tom Reed");
    expect(sourceOf("And the two ferry owners, Ana Vale and Tom Reed, have questioned the toll.", "have questioned")).toBe("the two ferry owners, Ana Vale and Tom Reed");
    expect(sourceOf("Although the club’s cook, Ana Vale, said the pier was safe, the crews stayed away.", "said")).toBe("the club’s cook, Ana Vale");
  });
});

describe("a fronted clause with a cue, then the main clause", () => {
  test("'When Vale said … that X, nobody listened', 'After Reed told the crews X, …': the content ends before the main clause", () => {
    expect(contentOf("When the harbour master said on Friday that the pier was safe, nobody listened.", "said")).toBe("that the pier was safe");
    expect(contentOf("After Reed told the crews the toll would stay, everyone went home.", "told")).toBe("the toll would stay");
    // an adverb after the addressee still leads to the words after the comma
    expect(contentOf("Tom Reed, its acting chair, told the Kell news desk simply, “We lost.”", "told")).toBe("“We lost.”");
  });
});

describe("'at least' opening a source", () => {
  test("'At least half of the skippers in each harbour say …': 'at least' counts; it opens no fronted adverbial", () => {
    expect(sourceOf("At least half of skippers in each harbour say the toll is too high.", "say")).toBe("At least half of skippers in each harbour");
    expect(sourceOf("The pier will close, at least a dozen skippers told the board.", "told")).toBe("at least a dozen skippers");
    // a fronted phrase of place still is one
    expect(sourceOf("At the pier the skippers said the toll is too high.", "said")).toBe("the skippers");
  });
});

describe("a place's abbreviation closing the speaker's tag with no comma after it", () => {
  test("'Rep. Jo Hart, D-Calif. said …': the dot stands for the comma; the tag is part of the source", () => {
    expect(sourceOf("Rep. Jo Hart, D-Calif. said the pier should close.", "said")).toBe("Rep. Jo Hart, D-Calif.");
    expect(sourceOf("Ana Vale of Kellport, Ore. said the toll would stay.", "said")).toBe("Ana Vale of Kellport, Ore.");
    // inside the content, the place stays there
    expect(contentOf("The pier in Salem, Ore. was closed, officials said.", "said")).toBe("The pier in Salem, Ore. was closed");
  });
});

describe("two titles joined by 'and' after an abbreviated one", () => {
  test("'said former Kell Gov. and Harbour Board Chairman Tom Reed': both titles and the name are the source", () => {
    expect(sourceOf("“The pier will close,” said former Kell Gov. and Harbour Board Chairman Tom Reed.", "said"))
      .toBe("former Kell Gov. and Harbour Board Chairman Tom Reed");
    expect(sourceOf("“The toll stays,” said Kell Gov. and Party Chair Ana Vale.", "said")).toBe("Kell Gov. and Party Chair Ana Vale");
  });
});

describe("a quoted title after the medium the words are in", () => {
  test("'“A,” she wrote in her memoir, “Low Tide.”': the title names the work, no second part of the words", () => {
    expect(partsOf("“The pier was doomed,” Ana Vale wrote in her memoir, “Low Tide.”", "wrote")).toEqual(["“The pier was doomed,”"]);
    expect(partsOf("“Nobody paid,” Tom Reed said on his podcast, “The Harbour Hour,” last week.", "said")).toEqual(["“Nobody paid,”"]);
    expect(contentOf("Ana Vale wrote in her memoir, “Low Tide,” that the pier was doomed.", "wrote")).toBe("that the pier was doomed");
    // after a time, or in lower case, the quotation is the words' second part
    expect(partsOf("“The pier was doomed,” Ana Vale said on Monday, “We Will Rebuild.”", "said")).toEqual(["“The pier was doomed,”", "“We Will Rebuild.”"]);
    expect(partsOf("“The pier was doomed,” Ana Vale said in an interview, “and we all knew it.”", "said")).toEqual(["“The pier was doomed,”", "“and we all knew it.”"]);
  });

  test("a titled writing names its title too; after an occasion of speaking, title case is still the words", () => {
    expect(partsOf("“The quay will flood,” Tom Reed wrote in an op-ed, “Why Kell Must Move.”", "wrote")).toEqual(["“The quay will flood,”"]);
    expect(partsOf("“The quay will flood,” Tom Reed wrote in his weekly column, “Tide Tables,” on Friday.", "wrote")).toEqual(["“The quay will flood,”"]);
    for (const occasion of ["in an interview", "in a statement", "at a briefing", "in a speech"]) {
      expect(partsOf(`“The pier was doomed,” Ana Vale said ${occasion}, “We Will Rebuild.”`, "said")).toEqual(["“The pier was doomed,”", "“We Will Rebuild.”"]);
    }
  });
});

describe("', and I quote,' between a cue and its words", () => {
  test("'said, and I quote, “…”': the writer vouching for the wording opens no words; the quotation is the content", () => {
    expect(contentOf("Ana Vale said, and I quote, “The pier is a wreck.”", "said")).toBe("“The pier is a wreck.”");
    expect(contentOf("Tom Reed told the board, I quote: “Nobody will pay.”", "told")).toBe("“Nobody will pay.”");
    expect(contentOf("Ana Vale wrote in a letter, and I quote, that the toll was fair.", "wrote")).toBe("that the toll was fair");
    expect(partsOf("“The pier is a wreck,” Ana Vale said, and I quote, “and nobody cares.”", "said")).toEqual(["“The pier is a wreck,”", "“and nobody cares.”"]);
  });
});

describe("a sentence's stop with no space after it", () => {
  test("'… the clerk said.Vale added …': the stop ends the sentence; the next name opens the next", () => {
    expect(sourceOf("The pier will close in May, the clerk said.Vale added that the crews would be paid.", "said")).toBe("the clerk");
    expect(sourceOf("The pier will close in May, the clerk said.Vale added that the crews would be paid.", "added")).toBe("Vale");
    expect(sourceOf("The U.S.Navy said the pier was safe.", "said")).toBe("The U.S.Navy");
  });
});

describe("a phrase opening the sentence that runs on over 'to'", () => {
  test("'The second officer of the Kell mission to the regatta said …': the whole phrase is the source", () => {
    expect(sourceOf("The second officer of the Kell mission to the regatta said the pier would stay.", "said")).toBe("The second officer of the Kell mission to the regatta");
    expect(sourceOf("A petition to the harbour board calls for a new pier.", "calls for")).toBe("A petition to the harbour board");
    expect(sourceOf("Some skippers with ties to the harbour board said the toll was fair.", "said")).toBe("Some skippers with ties to the harbour board");
    // not past a verb: the phrase after "to" stays the object of what came before
    expect(sourceOf("Vale sent a letter to the board and the mayor said nothing.", "said") ?? "").not.toContain("letter");
  });
});

describe("a word of approximation before a count opens the source", () => {
  test("'About 40 percent of the skippers in each harbour say …': 'about' is no fronted preposition", () => {
    expect(sourceOf("About 40 percent of the skippers in each harbour say the toll is too high.", "say")).toBe("About 40 percent of the skippers in each harbour");
    expect(sourceOf("Over half of the crews at the pier said the toll was fair.", "said")).toBe("Over half of the crews at the pier");
    expect(sourceOf("Only about four in ten skippers in each harbour want the toll to stay.", "want")).toBe("Only about four in ten skippers in each harbour");
    // a fronted phrase of time or topic still is one
    expect(sourceOf("Over the weekend the skippers said the toll was fair.", "said")).toBe("the skippers");
  });
});

describe("a phrase joined by 'and' after a verb, before a verb of the same form", () => {
  test("is the first verb's object; the subject of the second starts after 'and'", () => {
    const t1 = "The vote split the town, with the harbour board promising safer berths for ferries and the oyster crews warning that the work will ruin the beds.";
    expect(sourceOf(t1, "warning")).toBe("the oyster crews");
    expect(contentOf(t1, "promising")).toBe("safer berths for ferries");
    const t2 = "The harbour board promised safer berths for ferries and the oyster crews warned that the work will ruin the beds.";
    expect(sourceOf(t2, "warned")).toBe("the oyster crews");
  });
  test("not when the verbs differ in form: one subject of the reported clause", () => {
    expect(sourceOf("Ana Vale said the ferry crews and the board agreed that the pier was unsafe.", "agreed")).toBe("the ferry crews and the board");
    expect(sourceOf("Ana Vale says her own crews and the board agreed that the pier was unsafe.", "agreed")).toBe("her own crews and the board");
  });
});

describe("a noun and its relative clause without 'that' after the content", () => {
  test("'…, a charge its backers reject.': the clause's subject is the source, the content the clause before the comma", () => {
    const t = "Critics call the toll a tax on the poor, a charge its backers reject.";
    expect(sourceOf(t, "reject")).toBe("its backers");
    expect(contentOf(t, "reject")).toBe("Critics call the toll a tax on the poor");
    expect(sourceOf("The mayor backed the toll, a plan the harbour board opposes.", "opposes")).toBe("the harbour board");
  });
});

describe("an object before a participle of its own, and how the speaker said it after a quotation", () => {
  test.each([
    ["Her lawyer asked for a lighter sentence, arguing that she had repaid the money.", "asked for", "a lighter sentence"],
    ["Her lawyer urged leniency, saying she had repaid the money.", "urged", "leniency"],
    // (an addressee and an infinitive stay as they were; so does a participle set off between commas)
    ["The mayor urged skippers to stay in port, saying the storm would peak at noon.", "urged", "skippers to stay in port"],
  ])("%s", (text, cue, content) => {
    expect(contentOf(text, cue)).toBe(content);
  });
  test("the participle keeps its own statement", () => {
    expect(contentOf("Her lawyer urged leniency, saying she had repaid the money.", "saying")).toBe("she had repaid the money");
  });
  test("'“…,” he said, his voice breaking': the quotation alone", () => {
    expect(contentOf("“I regret every word of it,” he said, his voice breaking.", "said")).toBe("“I regret every word of it,”");
    expect(contentOf("“We will rebuild,” she said, her hands shaking.", "said")).toBe("“We will rebuild,”");
  });
});
