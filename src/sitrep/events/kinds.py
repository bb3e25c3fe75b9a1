"""Groups of PLOVER types, CAMEO codes, sectors and dependency labels the event coder's rules test."""

from __future__ import annotations

from sitrep.records import STATE_SECTORS

# PLOVER types that need a recipient (plover-ontology.json `requires_recipient`).
NEEDS_TARGET = frozenset({"COOPERATE", "AID", "SANCTION"})
# Types coded here only with a counterpart: "the Cabinet met" alone is an internal meeting, not a dyad.
NEEDS_COUNTERPART = frozenset({"CONSULT"})
# Speech acts are addressed to someone: with no recipient found they are not coded (CODEBOOK: target
# is null only for types that need no recipient).
ADDRESSED = frozenset({"ACCUSE", "REQUEST", "REJECT", "SUPPORT", "THREATEN"})
COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "RETREAT", "CONCEDE"})
# Acts of backing: whom they are "against" is the opponent, not the one backed.
BACKING = frozenset({"SUPPORT", "AID", "COOPERATE"})
# PLOVER AGREE is a commitment to cooperate: "pledged to expel X" codes the expulsion, planned.
CONFLICTUAL = frozenset({"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
                         "ASSAULT"})
# Force its own actor announces it will use against a named target is a threat (PLOVER THREATEN:
# "coercive or forceful warnings"; CAMEO 13x): "NATO said it would tighten the blockade of Serbia".
# A pledge ("pledged to expel"), a sanction or the journalist's own "will" stays planned.
ANNOUNCED_THREATS = frozenset({"COERCE", "ASSAULT"})
THREAT_OF_FORCE = "138"  # CAMEO 138 threaten with military force: "a speech threatening attacks on X"
# Violence whose victims are unnamed takes the state of the place where it happened as target.
PLACE_TARGETS = frozenset({"ASSAULT", "COERCE"})
# Types whose verbs are speech acts: without a reporter they are the speaking actor's claim.
SPEECH_ACTS = frozenset({"AGREE", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})
# Violence whose perpetrator is unnamed is coded to the place's state plus UAF (see `unnamed_perpetrator`).
UNNAMED_PERPETRATOR = frozenset({"ASSAULT"})
PERPETRATOR_PLACE_PREPS = ("in", "at", "near", "outside")
# A state's missions abroad stand for it: a protest or attack at "the US embassy in Baghdad" is aimed at the
# United States, not at Iraq (CAMEO 14x, 18x: the target is the state whose embassy it is).
EMBASSIES = frozenset({"embassy", "consulate", "legation", "chancery"})
# Mention kinds that name people (see records.Mention.kind): what can be held, freed or executed.
PEOPLE_KINDS = frozenset({"person", "title", "agent", "demonym", "organisation", "pronoun"})
PEOPLE_ENTS = frozenset({"PERSON", "NORP"})
# Force posture in another state's territory is aimed at that state (PLOVER MOBILIZE: the recipient
# is whom the actor mobilizes against "if that is clear"; see `foreign_place`).
FOREIGN_PLACE_TARGETS = frozenset({"MOBILIZE"})
# Types whose unnamed recipient is the state where it happens or the actors' own (see `home_target`).
HOME_TARGETS = frozenset({"PROTEST", "CONCEDE"})  # "lifted the curfew": conceded to its own people
# What envoys are sent to do that is the sender's act: investigate (CAMEO 09), mediate or talk (04).
ERRANDS = frozenset({"ACCUSE", "CONSULT"})
# Force and repression: a named individual doing these to no one named is speaking figuratively.
FORCEFUL = frozenset({"ASSAULT", "COERCE"})
# PLOVER RETREAT "resign" is an official's resignation (CAMEO 080, type RETREAT); who holds office.
RESIGNATION = "080"
YIELDING = "080"  # CAMEO 080 yield: "conceded", "yielded to Trump" (not an apology, 055)
OFFICIAL_SECTORS = STATE_SECTORS
# Arrests and seizures (CAMEO 173, 1711) between armed forces are combat: PLOVER COERCE's ambiguities
# code "combatants captured during conflict" as ASSAULT.
CAPTURES = frozenset({"173", "1711"})
SEIZURE = "1711"  # seizing what an armed party holds is fighting it ("seize the hospital from ISIL fighters")
# CAMEO 171 seize or damage property, raid (PLOVER COERCE seize: "execute search, ... raid"): a state's
# search, but an armed group's raid is an attack ("Taliban fighters raided a district government compound,
# killing seven"; coder `armed_raid`).
RAIDS = frozenset({"171"})
ARREST, DEPORT = "173", "174"  # CAMEO 173 arrest, 174 deport: only a state's authorities do them
STATE_ACTS = frozenset({ARREST, DEPORT})
RIOT = "145"  # CAMEO 145 protest violently, riot (PLOVER PROTEST "riot")
COMBATANT_SECTORS = frozenset({"MIL", "REB", "UAF", "INS", "IMG"})
# Types that undo an act (reversals in verbs.yaml): told in the passive, the act's owner undoes it.
UNDOINGS = frozenset({"RETREAT", "CONCEDE", "SANCTION"})
# Material events: what actors do, not what they say.
MATERIAL = frozenset({"AID", "SANCTION", "RETREAT", "CONCEDE", "COOPERATE", "MOBILIZE", "COERCE", "ASSAULT",
                      "PROTEST"})
# Hostile measures an agreement or a pledge can be about ("agreed on sanctions against X", "promised
# strikes on Y"): the measure is the act, planned; material acts against another, not words ("an
# agreement on an investigation into X" stays an agreement).
HOSTILE_MEASURES = (CONFLICTUAL & MATERIAL) - {"PROTEST"}
# Verbs that put off or undo what they govern: an agreement "to postpone the demonstration" or "to lift
# sanctions" is no measure planned.
DEFERRING = frozenset({"postpone", "delay", "defer", "suspend", "shelve", "cancel", "drop", "abandon",
                       "scrap", "lift", "ease", "end", "waive", "withdraw"})
# Judging an act presupposes it happened: "condemned ISIL's attack on the market", "welcomed Iraq's
# liberation of Tikrit" report the attack and the liberation too.
JUDGING = frozenset({"ACCUSE", "SUPPORT"})
CAMPAIGN_SECTORS = frozenset({"ELI", "PTY", "LEG", "JRN", "BUS", "EDU"})  # candidates, parties, press, firms
# Types a contest's prize can fake ("traded the lead"). Conceding a race or a bid acknowledges an
# election's result (CODEBOOK: elections are no events), not CAMEO 08x yielding to another actor.
CONTESTED = FORCEFUL | {"COOPERATE", "RETREAT", "CONCEDE"}
PERSONAL = frozenset({"he", "she", "him", "her", "his", "i", "me", "my"})  # pronouns of one person
TRAVELLERS = frozenset({"CVL", "REF", "LAB"})  # ordinary people, whose trips are no visits (CAMEO 042)
PUBLIC = frozenset({"", "CVL", "BUS", "LAB"})  # a country's people, firms and workers: a campaign's audience
GENERAL_PUBLIC = frozenset({"agent", "demonym"})  # mention kinds of "people", "voters", "Americans"
# Mention kinds that can name one individual ("Dr Gupta", "the CNN medical correspondent", "him"): who
# can be offered a post or asked to run for one.
INDIVIDUALS = frozenset({"person", "title", "pronoun", "agent"})
# Bodies a person is asked to join as a post ("asked Christie to join the cabinet"): an appointment.
OFFICES = frozenset({"cabinet", "administration", "ticket", "staff", "team", "board", "bench", "court",
                     "commission", "panel"})
# Aspectual verbs: their verb complement is the act itself, begun or kept up ("vowed to keep attacking
# Israeli troops", "promised to continue supporting Ukraine"), so whom that act is aimed at is the outer
# verb's target too (see `TargetRules.inner_targets`).
ASPECTUAL = frozenset({"keep", "continue", "resume", "start", "begin"})
# Verbs of calling someone in: told in the passive with no "by" phrase, the place one is called "to" names
# who calls ("the ambassador was summoned to the Armenian Foreign Ministry"; see `arguments.agent_of`).
SUMMONING = frozenset({"summon", "convoke"})
# Posts of envoys a state hosts: an envoy summoned with no summoner named is summoned by the state of the
# post ("Turkish Ambassador to Tehran Derya Ors has been summoned"); embassies sit in a foreign state.
ENVOY_POSTS = frozenset({"ambassador", "envoy", "diplomat", "charge", "consul", "attache", "emissary"})
FOREIGN_MISSIONS = EMBASSIES | {"mission", "delegation"} | ENVOY_POSTS
RECALL = "161"  # CAMEO 161 reduce relations: an envoy recalled (verbs.yaml "recall ambassador")
# Prepositions of a gerund that goes on with its verb's subject ("criticized Trump before also ripping Cruz").
SEQUENCE_PREPS = frozenset({"before", "after", "by", "while", "since", "without", "upon", "besides"})
# Verbs and nouns of answering "for" a deed: their subject did it ("apologized for accusing X",
# "paid no price for attacking them", "resign for criticizing him").
ANSWERING = frozenset({"apologize", "apologise", "apology", "resign", "price", "credit", "blame"})
ELECTED_SECTORS = frozenset({"ELI", "PTY", "LEG", "GOV"})  # candidates, parties, lawmakers, a president
CANDIDATES = frozenset({"ELI", "PTY", "LEG"})  # who campaigns: meeting voters is no consultation
# Force used or forces deployed: what only armed forces do. A candidate or lawmaker commands none
# ("Rubio vowed to destroy ISIS", "would forcibly deport them" are pledges of a campaign), and a partner
# "in coordination with" whom it is done cooperates. Money or backing handed at home to a candidate or
# party is a donation or an endorsement, no PLOVER AID ("gave the candidate $250").
FORCE_OR_DEPLOYMENT = FORCEFUL | {"MOBILIZE"}
CAMPAIGNS = frozenset({"ELI", "PTY"})
# Hosts of no state visit: going to a network, a firm, a school or a church (CAMEO 042); hosting ordinary
# people (TRAVELLERS, "Merkel's welcome of 1 million migrants") is no visit either (043).
NO_HOSTS = frozenset({"JRN", "BUS", "EDU", "MED", "REL"})
ARMED_SECTORS = frozenset({"MIL", "COP", "REB", "UAF", "SPY", "CRM", "INS", "IMG"})
WITNESSED = frozenset({"see", "saw", "leave", "witness", "watch"})  # "fighting that saw 120 soldiers killed"
BEARINGS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})
LOCALS = frozenset({"CVL", "BUS", "LAB"})  # people of the place they are in (soldiers may be foreign)
# Armed groups "the enemy" can stand for in a military text (CAMEO IMG: international militarised groups).
FOE_CODES = frozenset({"IMG"})
FOE_SECTORS = frozenset({"REB", "INS"})
# Non-state armed actors: what they seize or take they take by force (PLOVER ASSAULT: abduct, hijack,
# seize territory or equipment), never by arrest or confiscation (COERCE is a state's repression).
NONSTATE_ARMED = frozenset({"REB", "INS", "CRM"})
# Verbs of force whose object is what is struck, not the weapon used ("destroyed two vehicles").
DAMAGING = frozenset({"destroy", "damage", "hit", "strike", "engage", "target", "bomb", "shell", "raze",
                      "demolish", "disable", "suppress", "attack"})
HOLDING = frozenset({"hold", "control", "occupy", "run"})  # "ISIL-held", "rebel-controlled": who holds it
REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself"})
PERCENT = frozenset({"%", "percent", "per cent"})  # a share: polls and vote counts, not actors
DEMONSTRATIVES = frozenset({"it", "this", "that", "which"})  # a verdict on "it" names no one judged
QUESTION_MARKS = frozenset({"whether", "if"})  # "asked whether X did Y": a question
OBLIGING = frozenset({"have", "need"})  # "has to", "needs to": an obligation, like "must"
QUOTES = frozenset({"'", '"', "\u2018", "\u201c", "`", "``"})  # marks before a quoted verdict
# Conjunctions of a condition: its subject is the one threatened ("unless Israel ..."); an act inside
# one is no happening ("would meet him if he gave them a veto").
CONDITION_MARKS = frozenset({"unless", "if"})
INVERTING_AUX = frozenset({"should", "had", "were"})  # "Should X win, ...": a condition without "if"
# Dependents that can key a verb entry ("call on", "hold talks", "held X responsible": oprd, or a
# small clause parsed as ccomp, "hold them accountable").
KEY_DEPS = frozenset({"prt", "prep", "advmod", "acomp", "dobj", "compound:prt", "oprd", "ccomp"})
SOURCE_MODIFIERS = ("poss", "compound", "amod", "nmod")
NOUN_TARGET_PREPS = ("against", "on", "upon", "with", "to", "toward", "towards", "into", "at")
# Prepositions inside a verb's object phrase that name whom the act concerns (see `phrase_actors`).
PHRASE_PREPS = ("against", "of", "from", "with", "to", "toward", "towards", "on", "by", "for")
HISTORY_PREPS = frozenset({"in", "during", "on"})
CLAUSES = frozenset({"relcl", "ccomp", "csubj", "parataxis", "acl"})  # clauses of their own
ASIDES = frozenset({"example", "instance", "fact", "course", "sure", "part", "turn", "contrast", "addition"})
# Type precision. CAMEO 081 (ease restrictions) and 086 (allow entry, access, a candidate's run): acts
# of whoever holds public power over another party. The press, firms, schools, churches and ordinary
# people hold none ("the media allowed Clinton to go without a press conference"), and a state that
# eases a rule on its own agencies concedes nothing to anyone ("the rule allowed federal agencies to").
EASINGS = ("081", "086")
ALLOWING = "086"  # "allow X to do Y": the concession is to X, the allowed party
# CAMEO 083 accede to demands: yielding to what an adversary asks is an act of who holds some power; people
# with none heed a leader's call ("protesters heeding Navalny's call to pressure authorities": CASE 2021)
ACCEDING = "083"
# (farmers, AGR, are private people too: "Indian farmers blocked highways" protest, CAMEO 144)
NO_AUTHORITY = frozenset({"JRN", "BUS", "EDU", "MED", "REL", "CVL", "LAB", "REF", "AGR"})
# PLOVER's "military" context "only covers official state military bodies, excluding paramilitary or
# militia organizations, law enforcement, or non-state armed actors": force between such doers and anyone
# but a state's army takes the doer's own context (an extremist group's attack is terrorism, a gang's is
# crime) or none (gunmen, rebels, police: the event's other words may still name one).
MILITARY = "military"
STATE_MILITARY = frozenset({"MIL"})
IRREGULAR_CONTEXTS = {"IMG": "terrorism", "CRM": "crime", "UAF": None, "REB": None, "INS": None,
                      "PRM": None, "COP": None}
RELIEF = "073"  # CAMEO 073 humanitarian aid: forces sent after a disaster (PLOVER MOBILIZE ambiguities)
DISAPPROVAL = "110"  # CAMEO 110 disapprove: a call for action "against" an actor condemns it
# Verbs and objects of claiming an act ("claimed responsibility for the attack", "took credit for the
# bombing", "claimed the attack"): the claimant is the act's perpetrator.
CLAIMING = frozenset({"claim", "take", "accept", "admit"})
CLAIMED = frozenset({"responsibility", "credit"})
