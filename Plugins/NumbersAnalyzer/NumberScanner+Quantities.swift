import TextAnalysis

// Units of measure after a number: lengths, heights in feet and inches, weights in pounds and
// ounces, areas, volumes, temperatures, speeds, percentages and "-fold" factors (QUANTITY, PERCENT).
extension NumberScanner {
    /// Whether a token beginning with `byte` may mark feet or inches ("'", a double quote, "in").
    @inline(__always)
    static func mayMarkHeight(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") || byte | 0x20 == UInt8(ascii: "i")
    }

    /// "5'7"": "ft" for the "5'" of a height written with marks, "in" for its "7"" and for the
    /// inches after feet ("6ft 2in", "6 ft 1 in", where a bare "in" is no unit): nil otherwise.
    func heightUnit(start: Int, end: Int) -> String? {
        if wordIs(end, "'"), attached(end), kind(end + 1) == .number, attached(end + 1), wordIs(end + 2, "\""), attached(end + 2) { return "ft" }
        if wordIs(end, "\""), attached(end), wordIs(start - 1, "'"), attached(start), kind(start - 2) == .number { return "in" }
        if wordIs(start - 1, "ft") || wordIs(start - 1, "feet") || wordIs(start - 1, "foot"), wordIs(end, "in"), kind(start - 2) == .number { return "in" }
        return nil
    }

    /// Whether a "-fold" word between `before` and `after` counts parts, not a factor: after a
    /// form of "be" and no comparative ("greater", "higher", "more") after it.
    func isPartCount(before start: Int, after end: Int) -> Bool {
        guard isListed(Self.beForms, start - 1) else { return false }
        return !(wordIs(end, "more") || wordIs(end, "less") || (kind(end) == .word && lowered(end).hasSuffix("er")))
    }

    static let beForms: WordList = ["is", "are", "was", "were", "be", "been", "being"]

    /// The ounces after a weight's pounds ("7 pounds 8 ounces", "8 lb 3 oz"), fewer than a pound, and the token after them.
    func ouncesAfterPounds(at index: Int) -> (Double, Int)? {
        guard kind(index) == .number, let ounces = core(at: index), ounces.kind == .digits, ounces.tokens.count == 1, ounces.value < 16,
              case let after = ounces.tokens.upperBound, wordIs(after, "oz") || wordIs(after, "ounces") || wordIs(after, "ounce") else { return nil }
        return (ounces.value, after + 1)
    }

    /// The inches of a height after its feet ("5 feet 10 inches", "6 ft 2 in", "5 foot 7."), and the token after them.
    func inchesAfterFeet(at index: Int) -> (Double, Int)? {
        guard kind(index) == .number, let inches = core(at: index), inches.kind == .digits, inches.tokens.count == 1, inches.value < 12 else { return nil }
        let after = index + 1
        if wordIs(after, "in") || wordIs(after, "inch") || wordIs(after, "inches") { return (inches.value, after + 1) }
        // "5 foot 7", "He is 5 feet 11.": bare inches at the end of the phrase, after the singular or a person's height in feet.
        if wordIs(index - 1, "foot") || wordIs(index - 1, "feet") && kind(index - 2) == .number && integer(index - 2, length: 1).map({ (4...7).contains($0) }) == true,
           after >= tokenCount || kind(after) == .punctuation || wordIs(after, "tall") { return (inches.value, after) }
        return nil
    }

    /// "%", "percent", "pct", "pc", "per cent": how many tokens say "percent" at `index`.
    func percentLength(at index: Int) -> Int? {
        guard index >= 0, index < tokenCount else { return nil }
        if isIn(tables.percentWords, index) { return 1 }
        return wordIs(index, "per") && wordIs(index + 1, "cent") ? 2 : nil
    }

    /// "49.6 C", "minus 30 C": a spaced capital scale letter is a temperature when nothing names it
    /// otherwise: not before a capitalized word, digits or a glued abbreviation ("200,000 C. difficile",
    /// "Grade 5 C Street"), and not after a name (`isNameBefore` has left "Vitamin C" out already).
    func isSpacedScale(_ index: Int) -> Bool {
        guard index + 1 < tokenCount else { return true }
        if wordIs(index + 1, "."), attached(index + 1) { return index + 2 >= tokenCount || isCapitalized(index + 2) }
        return !isCapitalized(index + 1) && kind(index + 1) != .number
    }

    /// A unit of measure at `index`: how many tokens it takes, its symbol and a factor on the value.
    /// `words`: the number was spelled out, so a lone "m" is not metres ("three m").
    func measureUnit(at index: Int, words spelled: Bool) -> (length: Int, unit: String, factor: Double)? {
        guard index >= 0, index < tokenCount else { return nil }
        // The unit is tested on its token (no String). An ASCII token is never "°": no ASCII text is
        // canonically equivalent to it, so only other tokens need their String for that test.
        if wordIs(index, "degrees") || wordIs(index, "degree") || (containsNonASCII(index) && lowered(index) == "°") {
            var (length, unit) = (1, "°")
            if let scale = word(index + 1), Self.temperatureScales.contains(scale) { (length, unit) = (2, scale.hasPrefix("c") ? "°C" : "°F") }
            // "10 degrees below zero" is -10 degrees.
            if wordIs(index + length, "below"), wordIs(index + length + 1, "zero") { return (length + 2, unit, -1) }
            return (length, unit, 1)
        }
        if tokens[index].span.bytes.count == 1, wordIs(index, "k"), isRaceInKilometres(index) { return (1, "km", 1) }
        // "35C": a temperature when the capital is written against the digits.
        let celsius = wordIs(index, "c")
        if celsius || wordIs(index, "f"), isCapitalized(index), !(attached(index + 1) && kind(index + 1) == .word),
           attached(index) || isSpacedScale(index) {
            return (1, celsius ? "°C" : "°F", 1)
        }
        // "sq km", "sq. km", "square kilometres", "cubic metres"
        if let power = lookup(NumberWords.unitPowers, index) {
            let dot = wordIs(index + 1, ".") && attached(index + 1) ? 1 : 0
            if let base = lookup(tables.measureUnits, index + 1 + dot), Self.lengthUnits.contains(base) { return (2 + dot, base + power, 1) }
        }
        if wordIs(index, "nautical"), let base = word(index + 1), base == "miles" || base == "mile" { return (2, "nmi", 1) }
        // "weighs 7 stone", "lost two stone in a month": the British weight (14 lb), where no noun
        // follows ("three stone bridges" counts bridges).
        if wordIs(index, "stone"), endsPhrase(index + 1) || kind(index + 1) == .number || isListed(Self.hourFollowers, index + 1) {
            return (1, "st", 1)
        }
        // "a 6.7in display", "a 30in screen": an "in" glued to the digits is the inch (spaced, the preposition).
        if attached(index), wordIs(index, "in"), !isCapitalized(index), index + 1 >= tokenCount || !attached(index + 1) { return (1, "in", 1) }
        guard let unit = lookup(tables.measureUnits, index) else { return nil }
        // "three cups of milk", "1 1/2 cups", "four cups a day": a measure before "of", after a
        // fraction or as a rate's amount; "won two cups", "the two FA Cups" count trophies.
        if unit == "cup", isCapitalized(index) || !(wordIs(index + 1, "of") || containsByte(index - 1, UInt8(ascii: "/"))
            || (wordIs(index + 1, "a") || wordIs(index + 1, "per")) && lookup(tables.timeUnits, index + 2) != nil) {
            return nil
        }
        if wordIs(index, "m") && (!attached(index) && spelled || isCapitalized(index)) { return nil }
        if wordIs(index, "g") && !(attached(index) && !isCapitalized(index)) { return nil }
        // "500 MB" is data; a lower-case "mb" is as often a millibar.
        if wordIs(index, "mb") && !isAllCaps(index) { return nil }
        if wordIs(index, "db"), bytes[tokens[index].span.bytes.lowerBound] != UInt8(ascii: "d") || bytes[tokens[index].span.bytes.lowerBound + 1] != UInt8(ascii: "B") { return nil }
        if wordIs(index, "bp"), !attached(index) || bytes[tokens[index].span.bytes.lowerBound] != UInt8(ascii: "b") { return nil }
        let factor = wordIs(index, "bcm") ? 1e9 : 1
        // Rates: "40 km/h", "2 million barrels per day".
        if wordIs(index + 1, "/"), attached(index + 1), attached(index + 2), let per = lookup(Self.rateUnits, index + 2) {
            return (3, unit + "/" + per, factor)
        }
        // "65 miles per hour" and "290 kilometres an hour" are speeds, in "mph" and "km/h".
        if unit == "mi" || unit == "km", wordIs(index + 1, "per") || wordIs(index + 1, "an"), wordIs(index + 2, "hour") {
            return (3, unit == "mi" ? "mph" : "km/h", factor)
        }
        // "40 miles per gallon", a car's fuel economy, is "40 mpg".
        if unit == "mi", wordIs(index + 1, "per"), wordIs(index + 2, "gallon") { return (3, "mpg", factor) }
        // (Not a rate already: "one mln bpd per day" says the day twice.) "2 million barrels a day" is
        // the same rate; not "5,000 tonnes a day earlier", a date's words.
        if wordIs(index + 1, "per") || wordIs(index + 1, "a") && !isListed(Self.offsetWords, index + 3),
           let per = lookup(Self.rateUnits, index + 2), !unit.utf8.contains(UInt8(ascii: "/")) {
            return (3, unit + "/" + per, factor)
        }
        return (1, unit, factor)
    }

    /// "square-kilometre", "cubic-metre" as parts of a hyphened compound from `index` on: the area's or
    /// the volume's unit ("km2", "m3"), or nil when the parts there are no power and a length.
    func poweredUnit(_ parts: [String], at index: Int) -> String? {
        guard index + 1 < parts.count, let power = NumberWords.unitPowers[parts[index]],
              let base = NumberWords.measureUnits[parts[index + 1]], Self.lengthUnits.contains(base) else { return nil }
        return base + power
    }

    /// "mile-per-hour", "gram-per-tonne", "gram-a-tonne", "barrel-a-day" in a hyphened compound, its
    /// unit `unit` at part `index`: the rate's unit ("mph", "g/t", "bbl/d"), or nil when no rate follows.
    func compoundRate(_ unit: String, _ parts: [String], after index: Int) -> String? {
        guard index + 2 < parts.count, parts[index + 1] == "per" || parts[index + 1] == "a" || parts[index + 1] == "an" else { return nil }
        if parts[index + 2] == "hour", unit == "mi" || unit == "km" { return unit == "mi" ? "mph" : "km/h" }
        guard let per = NumberWords.measureUnits[parts[index + 2]] ?? Self.rateUnits[parts[index + 2]] else { return nil }
        return unit + "/" + per
    }

    /// After "a day", words that make it a date's offset, not a rate's denominator: "a day earlier".
    static let offsetWords: WordList = ["earlier", "later", "ago", "before", "after"]

    static let rateUnits: Lexicon<String> = ["h": "h", "hr": "h", "hour": "h", "s": "s", "sec": "s", "second": "s", "d": "d", "day": "d"]

    /// After "degrees".
    static let temperatureScales: WordList = ["c", "celsius", "f", "fahrenheit"]

    /// Lengths that "sq" and "cubic" make areas and volumes.
    static let lengthUnits: WordList = ["mm", "cm", "m", "km", "mi", "ft", "yd", "in"]
}

// "10 below" said of a temperature, without "zero".
extension NumberScanner {
    /// "Overnight it fell to 10 below.", "wind chills of 30 below in Fargo": a whole number up to
    /// 70, in digits or words, with no magnitude, then "below" ending its clause or followed by a
    /// place or a time, and a word of cold or temperature earlier in the sentence. ("30 below
    /// expectations", "5 below par" and "93.26 below Chicago's close" have their noun after "below".)
    @inline(never)
    func isBareBelowZero(_ core: Core, below: Int) -> Bool {
        guard core.kind == .digits || core.kind == .words, !core.magnified, core.value >= 1, core.value <= 70, core.value == core.value.rounded(),
              below + 1 >= tokenCount || isListed(tables.clauseEnds, below + 1) || Self.isBelowZeroFollower(lowered(below + 1)) else { return false }
        var back = core.tokens.lowerBound - 1
        while back >= 0, back >= core.tokens.lowerBound - 12, !wordIs(back, ".") {
            if Self.isColdWord(lowered(back)) { return true }
            back -= 1
        }
        return false
    }

    /// After "10 below": a place or a time ("in Fargo", "overnight", "on Monday", "and"). (Tests of a
    /// String, not word lists: asked only after "below", and a list's tables cost their building.)
    static func isBelowZeroFollower(_ word: String) -> Bool {
        switch word {
        case "in", "on", "at", "overnight", "tonight", "today", "tomorrow", "and", "by", "with", "early", "late", "this", "is", "are", "was", "were": true
        default: false
        }
    }

    /// Words that make a bare "N below" a temperature.
    static func isColdWord(_ word: String) -> Bool {
        switch word {
        case "temperature", "temperatures", "temps", "lows", "low", "highs", "chill", "chills", "windchill", "windchills", "mercury",
             "thermometer", "thermometers", "overnight", "cold", "freezing", "frigid", "frost", "degrees", "fahrenheit", "celsius": true
        default: false
        }
    }
}
