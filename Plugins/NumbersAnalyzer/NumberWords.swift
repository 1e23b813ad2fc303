/// English number vocabulary: spelled-out cardinals and ordinals, magnitudes,
/// currencies, units and calendar words. Lower-case keys; lookups fold case first.
enum NumberWords {
    static let units: Lexicon<Int> = [
        "zero": 0, "nil": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: Lexicon<Int> = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    static let scales: Lexicon<Double> = [
        "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
        "mln": 1e6, "mn": 1e6, "bln": 1e9, "bn": 1e9, "tn": 1e12, "trn": 1e12, "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5,
        "crore": 1e7, "crores": 1e7, "cr": 1e7,
    ]
    /// Suffixes written against the digits ("3bn", "10k", "5m").
    static let attachedScales: Lexicon<Double> = ["k": 1e3, "m": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12, "mn": 1e6]
    /// Plural magnitudes: "hundreds" means at least 200. "tens" only before "of thousands".
    static let pluralScales: Lexicon<Double> = ["dozens": 24, "hundreds": 200, "thousands": 2000, "millions": 2e6, "billions": 2e9]
    /// After a number, a plural magnitude is a plain multiplier: "three billions", "200 dozens".
    static let countedScales: Lexicon<Double> = [
        "dozen": 12, "dozens": 12, "hundreds": 1e2, "thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12,
    ]

    /// The decades of a life ("in her thirties"): their first year.
    /// "fivefold", "a hundredfold": a multiplier written solid (hyphened, "five-fold", it is
    /// read from its parts). Twenty and up are written with digits ("20-fold") in news.
    static let multipliers: Lexicon<Int> = [
        "twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6, "sevenfold": 7, "eightfold": 8,
        "ninefold": 9, "tenfold": 10, "twelvefold": 12, "hundredfold": 100, "thousandfold": 1000,
    ]
    static let decadeWords: Lexicon<Int> = [
        "twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90,
    ]

    static let ordinalUnits: Lexicon<Int> = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
        "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
        "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
        "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
        "hundredth": 100, "thousandth": 1000, "millionth": 1_000_000,
    ]

    static let fractions: Lexicon<Double> = [
        "half": 0.5, "halves": 0.5, "third": 1.0 / 3, "thirds": 1.0 / 3, "quarter": 0.25, "quarters": 0.25,
        "fifth": 0.2, "fifths": 0.2, "sixth": 1.0 / 6, "sixths": 1.0 / 6, "eighth": 0.125, "eighths": 0.125, "tenth": 0.1, "tenths": 0.1,
        // US "three fourths"; "one hundredth of a second", "one millionth of a metre".
        "fourth": 0.25, "fourths": 0.25, "seventh": 1.0 / 7, "sevenths": 1.0 / 7, "ninth": 1.0 / 9, "ninths": 1.0 / 9,
        "hundredth": 0.01, "hundredths": 0.01, "thousandth": 0.001, "thousandths": 0.001,
        "millionth": 0.000_001,
    ]

    static let months: Lexicon<Int> = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]
    static let weekdays: Lexicon<Int> = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]
    /// With and without the full stop, as the tokenizer keeps it in the word or apart.
    static let weekdayAbbreviations: Lexicon<Int> = [
        "mon": 1, "mon.": 1, "tue": 2, "tue.": 2, "tues": 2, "tues.": 2, "wed": 3, "wed.": 3, "thu": 4, "thu.": 4,
        "thur": 4, "thur.": 4, "thurs": 4, "thurs.": 4, "fri": 5, "fri.": 5, "sat": 6, "sat.": 6, "sun": 7, "sun.": 7,
    ]

    /// Currency written before the amount.
    static let currencyPrefixes: Lexicon<String> = [
        "$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "₴": "UAH", "₽": "RUB", "¥": "JPY", "c$": "CAD", "a$": "AUD",
        "hk$": "HKD", "r$": "BRL", "nz$": "NZD", "nt$": "TWD", "s$": "SGD", "₹": "INR", "usd": "USD", "eur": "EUR", "gbp": "GBP", "uah": "UAH", "rub": "RUB", "jpy": "JPY",
        "cny": "CNY", "chf": "CHF", "inr": "INR", "cad": "CAD", "aud": "AUD", "pln": "PLN", "rs": "INR",
        "₩": "KRW", "₦": "NGN", "₺": "TRY", "₱": "PHP", "rmb": "CNY", "brl": "BRL", "mxn": "MXN", "zar": "ZAR", "sek": "SEK",
        "nok": "NOK", "dkk": "DKK", "krw": "KRW", "sgd": "SGD", "nzd": "NZD", "hkd": "HKD",
        // Ghana's cedi as Ghanaian papers write it ("GH¢150", "GH₵2.5 billion"), its sign alone too (stop 26).
        "gh¢": "GHS", "gh₵": "GHS", "₵": "GHS",
    ]
    /// ISO codes before the digits that are read only in capitals, as codes are written ("AED 50",
    /// "KES 2,000", "SAR 10m"), and Kenya's "KSh 500", its shilling's own abbreviation. (Not the
    /// codes that spell common words, "TRY", "PEN", "COP", "RON": each would start a scan at every
    /// "try", and a code in lower case is no code.)
    static let capitalCurrencyCodes: Lexicon<String> = [
        "aed": "AED", "sar": "SAR", "qar": "QAR", "kwd": "KWD", "egp": "EGP", "ils": "ILS", "kes": "KES", "ksh": "KES",
        "ngn": "NGN", "ghs": "GHS", "thb": "THB", "myr": "MYR", "idr": "IDR", "php": "PHP", "pkr": "PKR", "bdt": "BDT", "twd": "TWD",
        "vnd": "VND", "czk": "CZK", "huf": "HUF", "ars": "ARS", "clp": "CLP",
    ]
    /// Currency words written before the digits, as South Asian and Latin American news does:
    /// "Rupees 6,000", "rupees 2.5 lakh", "pesos 300" (the same codes as after the amount).
    static let currencyWordsBefore: Lexicon<String> = ["rupees": "INR", "pesos": "MXN"]
    /// Currency written after the amount, with a multiplier for minor units.
    static let currencySuffixes: Lexicon<(String, Double)> = [
        "dollars": ("USD", 1), "dollar": ("USD", 1), "dlrs": ("USD", 1), "dlr": ("USD", 1), "cents": ("USD", 0.01),
        "cts": ("USD", 0.01), "cent": ("USD", 0.01), "euros": ("EUR", 1), "euro": ("EUR", 1), "hryvnias": ("UAH", 1),
        "hryvnia": ("UAH", 1), "roubles": ("RUB", 1), "rubles": ("RUB", 1), "rouble": ("RUB", 1),
        "ruble": ("RUB", 1), "yen": ("JPY", 1), "yuan": ("CNY", 1), "francs": ("CHF", 1), "rupees": ("INR", 1), "rupee": ("INR", 1),
        "pence": ("GBP", 0.01), "p": ("GBP", 0.01), "usd": ("USD", 1), "eur": ("EUR", 1), "uah": ("UAH", 1),
        "gbp": ("GBP", 1), "rub": ("RUB", 1), "zlotys": ("PLN", 1), "zloty": ("PLN", 1), "lari": ("GEL", 1),
        "shekels": ("ILS", 1), "pesos": ("MXN", 1), "rand": ("ZAR", 1), "lira": ("TRY", 1),
        "rmb": ("CNY", 1), "renminbi": ("CNY", 1), "naira": ("NGN", 1), "ringgit": ("MYR", 1), "baht": ("THB", 1),
        "rupiah": ("IDR", 1), "dirhams": ("AED", 1), "riyals": ("SAR", 1),
        "pounds": ("GBP", 1), "pound": ("GBP", 1), "swiss francs": ("CHF", 1), "swiss franc": ("CHF", 1),
        "pounds sterling": ("GBP", 1), "us dollars": ("USD", 1), "u.s. dollars": ("USD", 1), "canadian dollars": ("CAD", 1),
        "australian dollars": ("AUD", 1), "japanese yen": ("JPY", 1), "chinese yuan": ("CNY", 1),
        // The wire's and the pre-euro currencies, frequent in news archives: "105.79 mln marks",
        // "4 mln stg" (sterling). Only plurals: "the 1,000 mark" is a threshold. Not a bare
        // "sterling", mostly an adjective: "one sterling market source", "1,043 Sterling cars".
        "marks": ("DEM", 1), "deutsche marks": ("DEM", 1), "d-marks": ("DEM", 1), "finnish marks": ("FIM", 1),
        "stg": ("GBP", 1), "guilders": ("NLG", 1), "lire": ("ITL", 1), "pesetas": ("ESP", 1),
        "escudos": ("PTE", 1), "drachmas": ("GRD", 1), "schillings": ("ATS", 1), "ecus": ("XEU", 1),
        "french francs": ("FRF", 1), "belgian francs": ("BEF", 1), "swedish crowns": ("SEK", 1), "danish crowns": ("DKK", 1),
        "norwegian crowns": ("NOK", 1), "swedish kronor": ("SEK", 1), "danish kroner": ("DKK", 1), "norwegian kroner": ("NOK", 1),
        // A bare "shillings" is Kenya's, Tanzania's, Uganda's or Somalia's: only the named one gets a code.
        "kenyan shillings": ("KES", 1), "kenya shillings": ("KES", 1), "tanzanian shillings": ("TZS", 1), "ugandan shillings": ("UGX", 1),
        "singapore dollars": ("SGD", 1), "taiwan dollars": ("TWD", 1), "kuwaiti dinars": ("KWD", 1),
        // The wire's "dlrs" with the country, and the singular before a noun ("40 mln Australian dlr bond").
        "u.s. dlrs": ("USD", 1), "u.s. dlr": ("USD", 1), "u.s. dollar": ("USD", 1), "canadian dlrs": ("CAD", 1), "canadian dlr": ("CAD", 1),
        "canadian dollar": ("CAD", 1), "can dlrs": ("CAD", 1), "can dlr": ("CAD", 1), "australian dlrs": ("AUD", 1), "australian dlr": ("AUD", 1),
        "australian dollar": ("AUD", 1), "n.z. dlrs": ("NZD", 1), "n.z. dlr": ("NZD", 1), "h.k. dlrs": ("HKD", 1), "h.k. dlr": ("HKD", 1),
        "hk dlrs": ("HKD", 1), "singapore dlrs": ("SGD", 1), "singapore dlr": ("SGD", 1), "taiwan dlrs": ("TWD", 1),
        "french franc": ("FRF", 1), "belgian franc": ("BEF", 1),
        "pakistani rupees": ("PKR", 1), "philippine pesos": ("PHP", 1),
        // Modern news names these in words: Brazil's plural "reais" is no English word (the
        // singular "real" is, and stays out unless "Brazilian" names it); a bare "pesos" is
        // Mexico's (above), the peso of another country only with its name.
        "reais": ("BRL", 1), "brazilian reais": ("BRL", 1), "brazilian real": ("BRL", 1), "mexican pesos": ("MXN", 1),
        "argentine pesos": ("ARS", 1), "chilean pesos": ("CLP", 1), "colombian pesos": ("COP", 1), "turkish lira": ("TRY", 1),
        "egyptian pounds": ("EGP", 1), "israeli shekels": ("ILS", 1), "saudi riyals": ("SAR", 1), "qatari riyals": ("QAR", 1),
        "thai baht": ("THB", 1), "malaysian ringgit": ("MYR", 1), "indonesian rupiah": ("IDR", 1), "nigerian naira": ("NGN", 1),
        "korean won": ("KRW", 1), "iranian rials": ("IRR", 1), "indian rupees": ("INR", 1), "ukrainian hryvnias": ("UAH", 1),
        // Currencies named in words that no other country shares (stop 28): "45,000 dong", "500 mln
        // forints", "1.62 billion kyats", "44.4 billion Taka"; not the kwacha or the dinar, which
        // several countries have. (A bare "cedis" is left out: its bit in the followers' filter is
        // "billion"'s and "vs"'s, which then took the String lookup, 0.6 M instructions per MB.)
        "dong": ("VND", 1), "vietnamese dong": ("VND", 1), "forints": ("HUF", 1), "forint": ("HUF", 1),
        "hungarian forints": ("HUF", 1), "taka": ("BDT", 1), "kyats": ("MMK", 1), "kyat": ("MMK", 1), "tenge": ("KZT", 1),
        "ghanaian cedis": ("GHS", 1), "birr": ("ETB", 1), "ethiopian birr": ("ETB", 1),
        "czech crowns": ("CZK", 1), "korunas": ("CZK", 1), "czech korunas": ("CZK", 1),
        // Informal, after an amount only: "20 bucks", "a few quid".
        "bucks": ("USD", 1), "quid": ("GBP", 1),
    ]
    /// First words of the two-word currencies above.
    /// (Cut at the space's byte: `split` walks the keys by Character, which cost more than every lookup of a run.)
    static let currencyQualifiers = WordSet(currencySuffixes.keys.compactMap { key in
        key.utf8.firstIndex(of: UInt8(ascii: " ")).map { String(key[..<$0]) }
    })

    /// Every word a rule reads right after a number: units, currencies, joiners, clock words.
    static let followers = WordSet(
        ["a.m.", "p.m.", "am", "pm", "gmt", "utc", "in", "out", "to", "and", "or", "until", "till", "through", "of", "won", "below", "basis-point", "percentage-point", "per", "percentage", "basis", "degrees",
         "degree", "c", "f", "k", "nautical", "s", "pounds", "pound", "quarter", "qtr", "stone"]
            // (Not the two-word currencies: no token holds a space, and each key sets a bit of the
            // set's filter that other words after a number then pass, to a String lookup.)
            + currencySuffixes.keys.filter { !$0.utf8.contains(UInt8(ascii: " ")) } + Array(currencyQualifiers) + Array(percentWords) + Array(timeUnits.keys)
            + Array(measureUnits.keys) + Array(unitPowers.keys) + Array(months.keys)
    )

    /// Words for "per cent" after a number ("12.5 per cent" is matched as two words).
    static let percentWords: WordSet = ["%", "percent", "pct", "pc"]

    /// Units after a number: normalized symbol. Time units are handled as durations.
    static let measureUnits: Lexicon<String> = [
        "km": "km", "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
        "m": "m", "metres": "m", "meters": "m", "metre": "m", "meter": "m", "cm": "cm", "centimetres": "cm", "centimeters": "cm",
        "mm": "mm", "millimetres": "mm", "millimeters": "mm", "millimetre": "mm", "millimeter": "mm", "centimetre": "cm", "centimeter": "cm", "miles": "mi", "mile": "mi", "mi": "mi",
        "ft": "ft", "feet": "ft", "foot": "ft", "inches": "in", "inch": "in", "yards": "yd", "yard": "yd",
        "kg": "kg", "kilograms": "kg", "kilogrammes": "kg", "kilogram": "kg", "kilos": "kg", "kilo": "kg", "g": "g", "grams": "g", "gram": "g",
        "tonnes": "t", "tonne": "t", "tons": "ton", "ton": "ton", "lb": "lb", "lbs": "lb", "ounces": "oz", "ounce": "oz", "oz": "oz",
        "hectares": "ha", "hectare": "ha", "ha": "ha", "acres": "acre", "acre": "acre",
        "litres": "l", "liters": "l", "litre": "l", "liter": "l", "barrels": "bbl", "barrel": "bbl", "bbl": "bbl", "gallons": "gal", "gallon": "gal",
        "mw": "MW", "gw": "GW", "kw": "kW", "kwh": "kWh", "mwh": "MWh", "gwh": "GWh", "twh": "TWh",
        "mph": "mph", "mpg": "mpg", "knots": "kn", "bcm": "m3", "megawatts": "MW", "gigawatts": "GW", "kilowatts": "kW",
        "kph": "km/h", "km/h": "km/h", "m/s": "m/s", "nmi": "nmi", "ml": "ml", "millilitres": "ml", "milliliters": "ml", "millilitre": "ml", "milliliter": "ml",
        "km2": "km2", "km²": "km2", "m2": "m2", "m²": "m2", "mg": "mg", "milligrams": "mg", "milligrammes": "mg", "milligram": "mg",
        "mb": "MB", "gb": "GB", "tb": "TB", "megabytes": "MB", "gigabytes": "GB", "terabytes": "TB",
        "mbps": "Mbit/s", "gbps": "Gbit/s", "mhz": "MHz", "ghz": "GHz", "hz": "Hz", "hertz": "Hz", "khz": "kHz", "hp": "hp", "horsepower": "hp",
        // Electric units: a battery's charge ("a 5,000 mAh battery"), a voltage, a bulb's power.
        "mah": "mAh", "volts": "V", "volt": "V", "kilovolts": "kV", "kv": "kV", "watts": "W", "watt": "W",
        // Oil output ("400,000 bpd"), and a scale named without "degrees" ("45C (113 Fahrenheit)").
        "bpd": "bbl/d", "celsius": "°C", "fahrenheit": "°F",
        // Basis points as markets write them ("cut by 25bps"); "bp" only glued and in lower case
        // ("jumped 20bp"; a spaced or capital "BP" is as often the company; stop 27).
        "bps": "bp", "bp": "bp",
        // Loudness, as news writes a jet's or a concert's ("120 decibels", "95 dB"; only "dB" so
        // written, a lower-case "db" being as often a name's; stop 26).
        "decibels": "dB", "decibel": "dB", "db": "dB",
        // Kitchen measures, as recipes and health stories write them ("3 1/2 cups of flour", "two
        // tablespoons of oil"); a bare "cup" only where `measureUnit` allows it (a trophy's as often).
        "cups": "cup", "cup": "cup", "tablespoons": "tbsp", "tablespoon": "tbsp", "tbsp": "tbsp",
        "teaspoons": "tsp", "teaspoon": "tsp", "tsp": "tsp",
    ]
    /// Words before a length unit that make it an area or a volume: "sq km", "cubic metres".
    static let unitPowers: Lexicon<String> = ["sq": "2", "sq.": "2", "square": "2", "cubic": "3", "cu": "3"]

    /// Time units for durations: ISO designator and whether it belongs after "T".
    static let timeUnits: Lexicon<(String, Bool)> = [
        "second": ("S", true), "seconds": ("S", true), "sec": ("S", true), "secs": ("S", true),
        "minute": ("M", true), "minutes": ("M", true), "min": ("M", true), "mins": ("M", true),
        "hour": ("H", true), "hours": ("H", true), "hr": ("H", true), "hrs": ("H", true), "h": ("H", true),
        "day": ("D", false), "days": ("D", false), "week": ("W", false), "weeks": ("W", false),
        "month": ("M", false), "months": ("M", false), "year": ("Y", false), "years": ("Y", false),
        "decade": ("Y10", false), "decades": ("Y10", false), "fortnight": ("W2", false), "fortnights": ("W2", false),
        "century": ("Y100", false), "centuries": ("Y100", false),
        "mths": ("M", false), "mth": ("M", false), "yrs": ("Y", false), "yr": ("Y", false), "wks": ("W", false), "wk": ("W", false),
    ]

    /// A designator with a built-in multiple ("decade" is ten years, "century" a hundred, "fortnight" two weeks).
    static func isoUnit(_ designator: String) -> (letter: String, multiple: Double) {
        switch designator {
        case "Y10": ("Y", 10)
        case "Y100": ("Y", 100)
        case "W2": ("W", 2)
        default: (designator, 1)
        }
    }

    /// The first words of every modifier: one lookup rules most tokens out.
    static let modifierStarts = WordSet(Set(comparators.map { $0.0[0] }).union(approximators).union(["just", "well"]))

    /// The comparators under their first word, in the order above: only those can match there.
    static let comparatorsByFirstWord = Lexicon(Dictionary(grouping: comparators, by: { $0.0[0] }))

    /// After "or" behind an amount: "100 or more" is at least 100, "5% or less" at most 5%.
    static let trailingModifiers: Lexicon<String> = [
        "more": ">=", "over": ">=", "above": ">=", "higher": ">=", "greater": ">=", "older": ">=",
        "less": "<=", "fewer": "<=", "under": "<=", "below": "<=", "lower": "<=", "younger": "<=", "so": "~",
    ]
    /// After "and" ("65 and over", "12 and under"): fewer than after "or", whose "and more" or
    /// "and less" go on with other words as often.
    static let andTrailingModifiers: Lexicon<String> = ["over": ">=", "older": ">=", "above": ">=", "under": "<=", "younger": "<=", "below": "<="]
    static let approximators: WordSet = ["about", "approximately", "around", "roughly", "some", "nearly", "almost", "approx", "circa", "~"]
    /// Comparators: the words before the number, the symbol.
    static let comparators: [([String], String)] = [
        (["more", "than"], ">"), (["over"], ">"), (["above"], ">"), (["exceeding"], ">"), (["upwards", "of"], ">"), (["upward", "of"], ">"),
        (["greater", "than", "or", "equal", "to"], ">="), (["greater", "than"], ">"), (["larger", "than"], ">"), (["higher", "than"], ">"),
        (["at", "least"], ">="), (["no", "fewer", "than"], ">="), (["no", "less", "than"], ">="),
        (["up", "to"], "<="), (["at", "most"], "<="), (["no", "more", "than"], "<="), (["as", "many", "as"], "<="),
        (["as", "much", "as"], "<="), (["as", "high", "as"], "<="),
        // "as few as 10", "rates as low as 3%": the small end said as "as many as" says the large one.
        (["as", "few", "as"], ">="), (["as", "little", "as"], ">="), (["as", "low", "as"], ">="),
        (["less", "than", "or", "equal", "to"], "<="), (["fewer", "than"], "<"), (["less", "than"], "<"), (["under"], "<"), (["below"], "<"),
        (["lower", "than"], "<"), (["smaller", "than"], "<"),
        // "older than 60", "bigger than 1000" (stop 27; Recognizers-Text's comparatives too).
        (["bigger", "than"], ">"), (["older", "than"], ">"), (["younger", "than"], "<"),
        (["close", "to"], "~"), (["an", "estimated"], "~"),
        // A tolerance: "plus or minus 2%" is 2% either way, not a negative 2% (see `modifiedMatch`).
        (["plus", "or", "minus"], "+-"),
    ]
}
