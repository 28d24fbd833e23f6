"""Country names and their adjectives, for recognising countries in a drafted article.

Keys are lower case without full stops ("us" for "U.S."); values are the name an entity
gets. The adjective ("Indian") is an alias only where the article writes it.
"""

from __future__ import annotations

__all__ = ["COUNTRIES", "DEMONYMS"]

_NAMES = """Afghanistan, Albania, Algeria, Andorra, Angola, Argentina, Armenia, Australia,
Austria, Azerbaijan, Bahamas, Bahrain, Bangladesh, Barbados, Belarus, Belgium, Belize, Benin,
Bhutan, Bolivia, Bosnia and Herzegovina, Botswana, Brazil, Brunei, Bulgaria, Burkina Faso,
Burundi, Cambodia, Cameroon, Canada, Chad, Chile, China, Colombia, Comoros, Congo, Costa Rica,
Croatia, Cuba, Cyprus, Czech Republic, Denmark, Djibouti, Dominica, Dominican Republic,
Ecuador, Egypt, El Salvador, Eritrea, Estonia, Eswatini, Ethiopia, Fiji, Finland, France,
Gabon, Gambia, Georgia, Germany, Ghana, Greece, Grenada, Guatemala, Guinea, Guyana, Haiti,
Honduras, Hungary, Iceland, India, Indonesia, Iran, Iraq, Ireland, Israel, Italy, Jamaica,
Japan, Jordan, Kazakhstan, Kenya, Kiribati, Kuwait, Kyrgyzstan, Laos, Latvia, Lebanon,
Lesotho, Liberia, Libya, Liechtenstein, Lithuania, Luxembourg, Madagascar, Malawi, Malaysia,
Maldives, Mali, Malta, Mauritania, Mauritius, Mexico, Micronesia, Moldova, Monaco, Mongolia,
Montenegro, Morocco, Mozambique, Myanmar, Namibia, Nauru, Nepal, Netherlands, New Zealand,
Nicaragua, Niger, Nigeria, North Korea, North Macedonia, Norway, Oman, Pakistan, Palau,
Palestine, Panama, Papua New Guinea, Paraguay, Peru, Philippines, Poland, Portugal, Qatar,
Romania, Russia, Rwanda, Samoa, San Marino, Saudi Arabia, Senegal, Serbia, Seychelles,
Sierra Leone, Singapore, Slovakia, Slovenia, Somalia, South Africa, South Korea, South Sudan,
Spain, Sri Lanka, Sudan, Suriname, Sweden, Switzerland, Syria, Taiwan, Tajikistan, Tanzania,
Thailand, Togo, Tonga, Tunisia, Turkey, Turkmenistan, Tuvalu, Uganda, Ukraine,
United Arab Emirates, United Kingdom, United States, Uruguay, Uzbekistan, Vanuatu, Venezuela,
Vietnam, Yemen, Zambia, Zimbabwe"""

_OTHER_FORMS = {
    "United States": ("us", "usa", "united states of america", "america"),
    "United Kingdom": ("uk", "britain", "great britain"),
    "United Arab Emirates": ("uae",),
    "South Korea": ("republic of korea",),
    "Russia": ("russian federation",),
    "Czech Republic": ("czechia",),
    "Turkey": ("türkiye",),
}

COUNTRIES: dict[str, str] = {
    name.strip().lower(): name.strip() for name in " ".join(_NAMES.split()).split(",")
}
for _name, _forms in _OTHER_FORMS.items():
    COUNTRIES.update(dict.fromkeys(_forms, _name))

DEMONYMS: dict[str, str] = {
    "american": "United States",
    "indian": "India",
    "chinese": "China",
    "japanese": "Japan",
    "australian": "Australia",
    "british": "United Kingdom",
    "french": "France",
    "german": "Germany",
    "russian": "Russia",
    "pakistani": "Pakistan",
    "korean": "South Korea",
    "canadian": "Canada",
    "italian": "Italy",
    "spanish": "Spain",
    "israeli": "Israel",
    "iranian": "Iran",
    "afghan": "Afghanistan",
    "saudi": "Saudi Arabia",
    "turkish": "Turkey",
    "ukrainian": "Ukraine",
    "vietnamese": "Vietnam",
    "indonesian": "Indonesia",
    "philippine": "Philippines",
    "filipino": "Philippines",
    "taiwanese": "Taiwan",
    "bangladeshi": "Bangladesh",
    "nepalese": "Nepal",
    "sri lankan": "Sri Lanka",
    "mexican": "Mexico",
    "brazilian": "Brazil",
    "egyptian": "Egypt",
    "iraqi": "Iraq",
    "syrian": "Syria",
    "polish": "Poland",
    "dutch": "Netherlands",
    "swedish": "Sweden",
    "norwegian": "Norway",
}
