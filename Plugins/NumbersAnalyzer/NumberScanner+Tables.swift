/// The tables the rules read most, reached from the scanner in two loads.
///
/// A `static let` is read through `swift_once` each time, a call of about 15 instructions, and the
/// rules read these tables over 100,000 times a megabyte; the scanner holds this one object,
/// reached through `swift_once` once per document.
final class HotTables: Sendable {
    static let shared = HotTables()

    let units = NumberWords.units
    let tens = NumberWords.tens
    let scales = NumberWords.scales
    let countedScales = NumberWords.countedScales
    let attachedScales = NumberWords.attachedScales
    let pluralScales = NumberWords.pluralScales
    let multipliers = NumberWords.multipliers
    let ordinalUnits = NumberWords.ordinalUnits
    let fractions = NumberWords.fractions
    let timeUnits = NumberWords.timeUnits
    let months = NumberWords.months
    let weekdays = NumberWords.weekdays
    let measureUnits = NumberWords.measureUnits
    let percentWords = NumberWords.percentWords
    let currencySuffixes = NumberWords.currencySuffixes
    let currencyQualifiers = NumberWords.currencyQualifiers
    let currencyPrefixes = NumberWords.currencyPrefixes
    let currencyWordsBefore = NumberWords.currencyWordsBefore
    let approximators = NumberWords.approximators
    let followers = NumberWords.followers
    let modifierStarts = NumberWords.modifierStarts
    let signWords = NumberScanner.signWords
    let numberingWords = NumberScanner.numberingWords
    let ordinalSuffixes = NumberScanner.ordinalSuffixes
    let stopWords = NumberScanner.stopWords
    let numberLeadWords = NumberScanner.numberLeadWords
    let articles = NumberScanner.articles
    let clauseEnds = NumberScanner.clauseEnds
    let changeVerbs = NumberScanner.changeVerbs
    let rangeJoiners = NumberScanner.rangeJoiners
    let hourLeads = NumberScanner.hourLeads
    let periodPrefixes = NumberScanner.periodPrefixes

    private init() {}
}
