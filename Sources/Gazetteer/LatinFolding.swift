/// Latin letters with diacritics, folded to ASCII the way readers of English news read them
/// ("Zaporizhzhia" for "Zaporižžja", "Sao Paulo" for "São Paulo", "Dusseldorf" for "Düsseldorf").
///
/// Generated from Unicode NFKD decompositions (base letter, marks dropped, lower case), with
/// the letters that do not decompose written out (ß → ss, æ → ae, ø → o, ł → l, ı → i, ...).
enum LatinFolding {
    /// U+00C0 ... U+024F, one character per scalar: a letter, `*` (see `multiple`), `.` (keep).
    private static let latin: [UInt8] = Array((
        "aaaaaa*ceeeeiiiidnooooo.ouuuuy**aaaaaa*ceeeeiiiidnooooo.ouuuuy*y" +
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkklllllll" +
        "lllnnnnnn.nnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs" +
        "...............e..f.............oo.............uu..............." +
        "....*********aaiioouuuuuuuuuueaaaa....ggkkoooo..j***gg..nnaa...." +
        "aaaaeeeeiiiioooorrrruuuusstt..hh......aaeeooooooooyy............" +
        "................"
    ).utf8)
    /// U+1E00 ... U+1EFF, Latin Extended Additional (Vietnamese and others), same encoding.
    private static let additional: [UInt8] = Array((
        "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm" +
        "mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv" +
        "wwwwwwwwwwxxxxyyzzzzzzhtwy.s....aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee" +
        "eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy......"
    ).utf8)
    private static let multiple: [UInt32: String] = [
        0xC6: "ae", 0xDE: "th", 0xDF: "ss", 0xE6: "ae", 0xFE: "th", 0x132: "ij", 0x133: "ij", 0x152: "oe", 0x153: "oe",
        0x1C4: "dz", 0x1C5: "dz", 0x1C6: "dz", 0x1C7: "lj", 0x1C8: "lj", 0x1C9: "lj", 0x1CA: "nj", 0x1CB: "nj", 0x1CC: "nj",
        0x1F1: "dz", 0x1F2: "dz", 0x1F3: "dz",
    ]

    /// Emits the ASCII folding of scalar `value`; false when it has none.
    static func fold(_ value: UInt32, _ emit: (UInt8) -> Void) -> Bool {
        let code: UInt8
        switch value {
        case 0xC0..<0x250: code = latin[Int(value - 0xC0)]
        case 0x1E00..<0x1F00: code = additional[Int(value - 0x1E00)]
        default: return false
        }
        switch code {
        case UInt8(ascii: "."): return false
        case UInt8(ascii: "*"):
            guard let letters = multiple[value] else { return false }
            for byte in letters.utf8 { emit(byte) }
            return true
        default:
            emit(code)
            return true
        }
    }
}
