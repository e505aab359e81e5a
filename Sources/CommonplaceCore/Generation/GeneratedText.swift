import Foundation

/// A deterministic random source (SplitMix64): the same seed gives the same instance, and the same sequence of
/// operations in the model-based visibility test.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Generated prose: words from a made-up vocabulary drawn with a Zipf distribution, so a few words are
/// everywhere and most are rare — as in real text, which keeps search benchmarks honest.
struct GeneratedText {
    let vocabulary: [String]
    /// The vocabulary's words with a capital letter, for the start of a sentence.
    private let capitalized: [String]
    private let cumulative: [Double]

    init(words: Int = 20_000, exponent: Double = 1.07, random: inout SeededRandom) {
        let syllables = [
            "ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "ve", "da", "gu", "hi", "ja", "ko", "le", "mo", "nu", "pa", "qui", "ro",
            "sa", "te", "vi", "wo", "xe", "yu", "ze", "bra", "cle", "dro", "fla", "gri", "pla", "stu", "tre", "vor", "wen", "zal",
        ]
        var seen = Set<String>()
        var vocabulary: [String] = []
        while vocabulary.count < words {
            let length = Int.random(in: 1...4, using: &random)
            let word = (0..<length).map { _ in syllables.randomElement(using: &random)! }.joined()
            if seen.insert(word).inserted { vocabulary.append(word) }
        }
        self.vocabulary = vocabulary
        capitalized = vocabulary.map { $0.prefix(1).uppercased() + $0.dropFirst() }
        var total = 0.0
        var cumulative: [Double] = []
        cumulative.reserveCapacity(words)
        for rank in 1...words {
            total += 1.0 / pow(Double(rank), exponent)
            cumulative.append(total)
        }
        self.cumulative = cumulative.map { $0 / total }
    }

    private func wordIndex(_ random: inout SeededRandom) -> Int {
        let target = Double.random(in: 0..<1, using: &random)
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let middle = (low + high) / 2
            if cumulative[middle] < target { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// About `words` words in sentences.
    func prose(_ words: Int, _ random: inout SeededRandom) -> String {
        var text = ""
        text.reserveCapacity(words * 8)
        var sentence = 0
        for index in 0..<max(1, words) {
            let word = wordIndex(&random)
            text += sentence == 0 ? capitalized[word] : vocabulary[word]
            sentence += 1
            if sentence > 6 && Int.random(in: 0..<8, using: &random) == 0 || index == words - 1 {
                text += ". "
                sentence = 0
            } else {
                text += " "
            }
        }
        text.removeLast()
        return text
    }

    func title(_ random: inout SeededRandom) -> String {
        var text = prose(Int.random(in: 3...9, using: &random), &random)
        text.removeLast()
        return text
    }

    /// The first `count` words of `text`, as far as the space after the last of them.
    static func leadingWords(_ count: Int, of text: String) -> Substring {
        guard count > 0 else { return "" }
        var seen = 0
        for index in text.utf8.indices where text.utf8[index] == UInt8(ascii: " ") {
            seen += 1
            if seen == count { return text[..<index] }
        }
        return text[...]
    }
}
