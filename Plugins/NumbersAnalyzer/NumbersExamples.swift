public import TextAnalysis

extension NumbersAnalyzer {
    /// What `analyze --selftest` checks: one sentence per kind of number, and the negatives the
    /// issue names (digits in names, "May" the verb, the pronoun "one").
    public static let examples: [AnalyzerExample] = [
        AnalyzerExample("Russian forces lost over 100 soldiers near Kupiansk.", expect: [
            .init("CARDINAL", "over 100", ["value": 100, "comparator": ">"]),
        ]),
        AnalyzerExample("The company paid $2.3 billion, up 12.5 percent, for about 50 tankers.", expect: [
            .init("MONEY", "$2.3 billion", ["value": 2_300_000_000, "currency": "USD"]),
            .init("PERCENT", "12.5 percent", ["value": 12.5]),
            .init("CARDINAL", "about 50", ["value": 50, "approximate": true]),
        ]),
        AnalyzerExample("Between 10 and 15 people were hurt; the 3rd battalion moved 30 km north.", expect: [
            .init("RANGE", "Between 10 and 15", ["low": 10, "high": 15]),
            .init("ORDINAL", "3rd", ["value": 3]),
            .init("QUANTITY", "30 km", ["value": 30, "unit": "km"]),
        ]),
        AnalyzerExample("Twenty-five villages and two-thirds of the city lost power for 48 hours.", expect: [
            .init("CARDINAL", "Twenty-five", ["value": 25]),
            .init("FRACTION", "two-thirds"),
            .init("DURATION", "48 hours"),
        ]),
        AnalyzerExample("The talks began on 24 December 2025 and resumed two days later, at 3 p.m.", expect: [
            .init("DATE", "24 December 2025", ["value": "2025-12-24"]),
            .init("TIME", "3 p.m."),
        ]),
        // ("may" is the verb, no month, and looks ahead: the Monday after Wednesday 2025-12-24.)
        AnalyzerExample("Officials may meet on Monday.", options: ["reference-date": "2025-12-24"], expect: [
            .init("DATE", "Monday", ["value": "2025-12-29"]),
        ], absent: ["may"]),
        AnalyzerExample("Officials met on Monday.", options: ["reference-date": "2025-12-24"], expect: [
            .init("DATE", "Monday", ["value": "2025-12-22"]),
        ]),
        AnalyzerExample("Two F-16 jets flew over the G7 summit as COVID-19 cases fell; the one who saw them will march in May.", expect: [
            .init("CARDINAL", "Two", ["value": 2]),
            .init("DATE", "May", ["value": "XXXX-05"]),
        ], absent: ["16", "F-16", "7", "19", "one", "march"]),
    ]
}
