import pytest
from hypothesis import given
from hypothesis import strategies as st

from bindguard.core.errors import BindGuardError
from bindguard.core.phone import is_masked, mask, normalize


@pytest.mark.parametrize(
    "typed",
    ["13812341234", "138 1234 1234", "138-1234-1234", "+86 138 1234 1234", "+8613812341234",
     "0086 13812341234", "86 13812341234", "(+86) 138-1234-1234", "１３８１２３４１２３４", " 138 1234 1234 "],
)
def test_accepts_the_ways_people_type_a_number(typed):
    assert normalize(typed) == "13812341234"


@pytest.mark.parametrize(
    ("typed", "code"),
    [("", "phone.empty"), ("   ", "phone.empty"), ("1381234123", "phone.too_short"),
     ("138123412345", "phone.too_long"), ("23812341234", "phone.not_mobile"),
     ("12812341234", "phone.not_mobile"), ("138a2341234", "phone.bad_char"),
     ("138*1234*1234", "phone.bad_char"), ("+1 555 1234567", "phone.not_mobile"),
     ("010-12345678", "phone.not_mobile")],
)
def test_refuses_bad_numbers_with_a_plain_reason(typed, code):
    with pytest.raises(BindGuardError) as info:
        normalize(typed)
    assert info.value.code == code
    assert info.value.text("zh")
    assert info.value.text("en")


def test_bad_char_message_names_the_character():
    with pytest.raises(BindGuardError) as info:
        normalize("138x2341234")
    assert "x" in info.value.text("zh")


def test_mask_keeps_only_first_three_and_last_four():
    assert mask("+86 138-1234-5678") == "138****5678"
    assert is_masked("138****5678")
    assert not is_masked("13812345678")


@given(st.sampled_from("3456789"), st.text(alphabet="0123456789", min_size=9, max_size=9),
       st.sampled_from(["", "+86 ", "0086", "86-"]), st.sampled_from(["", " ", "-"]))
def test_any_valid_number_round_trips_through_separators(second, rest, prefix, sep):
    number = "1" + second + rest
    typed = prefix + sep.join([number[:3], number[3:7], number[7:]])
    assert normalize(typed) == number
    assert mask(typed) == number[:3] + "****" + number[-4:]


@given(st.text(max_size=30))
def test_never_crashes_on_any_text(text):
    try:
        result = normalize(text)
    except BindGuardError:
        return
    assert len(result) == 11
    assert result.isdigit()


@pytest.mark.parametrize("typed", ["-13812345678", "－13812345678", " — 138 1234 5678"])
def test_a_number_with_a_minus_sign_in_front_is_refused_plainly(typed):
    """Issue 22 point 9: -13812345678 was accepted as 13812345678."""
    with pytest.raises(BindGuardError) as info:
        normalize(typed)
    assert info.value.code == "phone.leading_dash"
    assert "负数" in info.value.text("zh")
    assert "minus sign" in info.value.text("en")
