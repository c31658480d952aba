from hypothesis import given, strategies as st

from recoverywatch.extract.numbers import parse_amount, words_to_number


def test_written_forms():
    assert parse_amount("£2.4m") == 2_400_000
    assert parse_amount("£380k") == 380_000
    assert parse_amount("£1.1bn") == 1_100_000_000
    assert parse_amount("2,416") == 2416
    assert parse_amount("3.2 million") == 3_200_000
    assert parse_amount("seven") == 7
    assert parse_amount("twenty-one") == 21
    assert words_to_number("two hundred and fifty") == 250
    assert words_to_number("a quarter of a million") == 250_000
    assert words_to_number("nine million, seven hundred and fifty thousand") == 9_750_000
    assert parse_amount("banana") is None


@given(st.integers(min_value=0, max_value=10**12))
def test_digits_with_and_without_commas_round_trip(n):
    assert parse_amount(str(n)) == n
    assert parse_amount(f"{n:,}") == n


@given(st.integers(min_value=1, max_value=9999), st.sampled_from([("k", 10**3), ("m", 10**6), ("bn", 10**9),
                                                                   (" million", 10**6), (" billion", 10**9)]))
def test_suffixes_scale(n, suffix):
    text, scale = suffix
    assert parse_amount(f"£{n / 10:.1f}{text}") == round(n / 10, 1) * scale


@given(st.integers(min_value=1, max_value=999))
def test_number_words_round_trip(n):
    ones = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
            "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
    tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

    def say(k):
        if k < 20:
            return ones[k]
        return tens[k // 10] + ("-" + ones[k % 10] if k % 10 else "")
    words = (ones[n // 100] + " hundred" + (" and " + say(n % 100) if n % 100 else "")) if n >= 100 else say(n)
    assert words_to_number(words) == n


@given(st.text(max_size=60))
def test_never_raises_on_arbitrary_text(text):
    parse_amount(text)
    words_to_number(text)


def test_a_stray_space_after_a_thousands_comma_is_one_number():
    assert parse_amount("£2, 415,000") == 2_415_000
    assert parse_amount("1,200, 000") == 1_200_000
    assert parse_amount("2, 4") is None  # a list, not a number


def test_halves_of_scales():
    assert words_to_number("half a million") == 500_000
    assert words_to_number("half a billion") == 500_000_000


def test_sixths_and_eighths():
    from recoverywatch.extract.numbers import fraction_value
    assert fraction_value(["an", "eighth"]) == 0.125
    assert fraction_value(["three", "eighths"]) == 0.375
    assert round(fraction_value(["a", "sixth"]), 4) == 0.1667
