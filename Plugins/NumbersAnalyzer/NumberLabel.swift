/// The label of a found expression. An enum, not a String: a match is copied and its label
/// compared several times on its way out of the rules, and a String made each of those a
/// reference-counted copy or a string comparison.
enum NumberLabel: String, Sendable {
    case cardinal = "CARDINAL"
    case ordinal = "ORDINAL"
    case fraction = "FRACTION"
    case percent = "PERCENT"
    case range = "RANGE"
    case money = "MONEY"
    case quantity = "QUANTITY"
    case date = "DATE"
    case time = "TIME"
    case duration = "DURATION"

    /// An amount that "or more", "or less" or "or so" may follow ("5% or more", "$100 or less").
    var takesTrailingModifier: Bool {
        switch self {
        case .percent, .money, .quantity, .fraction, .duration: true
        default: false
        }
    }
}
