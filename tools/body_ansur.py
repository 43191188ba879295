"""ANSUR II adult body dimensions used to size the body templates (centimetres).

Copied from the shared summary of the ANSUR II public release (2012 US Army anthropometric
survey; women n = 1986, men n = 4082; a US Government work in the public domain). Each entry is
``((female mean, p5, p95), (male mean, p5, p95))`` in cm. The generator sizes regional
templates from these means; tests/templates/test_body_templates.py checks the shipped
templates against the 5th-95th percentile range of the template's sex.
"""

from __future__ import annotations

Stat = tuple[float, float, float]

ANSUR_II: dict[str, tuple[Stat, Stat]] = {
    "bizygomaticbreadth": ((13.38, 12.50, 14.30), (14.26, 13.30, 15.30)),
    "mentonsellionlength": ((11.31, 10.40, 12.30), (12.26, 11.20, 13.40)),
    "interpupillarybreadth": ((6.17, 5.55, 6.75), (6.40, 5.85, 7.00)),
    "headbreadth": ((14.78, 14.00, 15.60), (15.43, 14.60, 16.30)),
    "headlength": ((18.98, 17.80, 20.20), (19.95, 18.80, 21.10)),
    "headcircumference": ((56.11, 53.20, 59.70), (57.44, 54.80, 60.10)),
    "tragiontopofhead": ((12.65, 11.60, 13.70), (13.11, 12.10, 14.10)),
    "bitragionchinarc": ((31.10, 28.80, 33.50), (33.17, 30.90, 35.50)),
    "neckcircumference": ((32.98, 30.20, 36.30), (39.76, 36.00, 44.30)),
    "neckcircumferencebase": ((37.12, 34.00, 40.50), (43.46, 39.50, 47.90)),
    "biacromialbreadth": ((36.53, 33.50, 39.60), (41.57, 38.40, 44.70)),
    "bideltoidbreadth": ((45.03, 40.60, 49.90), (51.04, 45.90, 56.70)),
    "shoulderlength": ((13.54, 12.00, 15.30), (14.98, 13.30, 16.70)),
    "chestbreadth": ((26.93, 24.10, 30.20), (28.94, 26.10, 32.00)),
    "chestcircumference": ((94.69, 82.42, 109.40), (105.87, 92.20, 120.70)),
    "waistcircumference": ((86.09, 71.00, 104.00), (94.06, 76.80, 113.09)),
    "waistbreadth": ((29.99, 25.02, 35.60), (32.64, 27.20, 38.50)),
    "waistfrontlengthsitting": ((35.51, 31.70, 39.60), (38.76, 34.20, 43.80)),
    "waistbacklength": ((42.54, 38.40, 47.00), (47.76, 43.30, 52.40)),
    "hipbreadth": ((35.38, 31.10, 40.00), (34.57, 30.80, 38.70)),
    "buttockcircumference": ((102.12, 90.12, 115.58), (101.95, 89.90, 114.90)),
    "buttockdepth": ((23.29, 19.60, 27.70), (24.58, 20.40, 29.10)),
    "thighcircumference": ((61.61, 52.70, 71.10), (62.51, 53.20, 72.30)),
    "lowerthighcircumference": ((40.07, 34.70, 46.48), (40.93, 35.90, 46.30)),
    "buttockkneelength": ((59.06, 54.10, 64.60), (61.80, 56.90, 66.90)),
    "kneeheightmidpatella": ((44.90, 40.80, 49.30), (48.84, 44.31, 53.60)),
    "calfcircumference": ((37.33, 32.80, 42.30), (39.23, 34.60, 44.30)),
    "handbreadth": ((7.82, 7.20, 8.50), (8.83, 8.10, 9.60)),
    "handlength": ((18.11, 16.50, 19.90), (19.33, 17.70, 21.00)),
    "palmlength": ((10.87, 10.00, 11.90), (11.65, 10.70, 12.70)),
    "handcircumference": ((18.66, 17.30, 20.20), (21.23, 19.50, 23.00)),
    "stature": ((162.85, 152.50, 174.00), (175.62, 164.80, 187.00)),
    "sittingheight": ((85.66, 80.30, 91.20), (91.83, 86.00, 97.70)),
    "cervicaleheight": ((139.57, 130.02, 149.80), (151.73, 141.60, 162.29)),
    "suprasternaleheight": ((132.97, 123.62, 142.78), (143.86, 134.10, 154.00)),
    "tenthribheight": ((105.63, 97.60, 114.00), (112.07, 103.40, 121.10)),
    "iliocristaleheight": ((99.57, 91.80, 107.98), (106.16, 97.70, 114.80)),
    "trochanterionheight": ((84.54, 77.42, 91.90), (90.09, 82.40, 98.50)),
    "crotchheight": ((78.23, 71.20, 85.70), (84.59, 77.10, 92.50)),
    "crotchlengthomphalion": ((62.08, 55.30, 69.20), (62.23, 54.90, 70.10)),
    "crotchlengthposterioromphalion": ((34.19, 29.70, 39.00), (35.59, 30.90, 40.60)),
    "verticaltrunkcircumferenceusa": ((155.94, 144.00, 168.50), (166.48, 151.90, 181.40)),
    "earlength": ((5.94, 5.30, 6.60), (6.42, 5.70, 7.20)),
    "earbreadth": ((3.32, 2.90, 3.80), (3.61, 3.10, 4.10)),
    "interscyei": ((37.34, 32.62, 42.30), (43.09, 37.40, 49.10)),
    "interscyeii": ((39.57, 35.40, 43.78), (45.02, 40.00, 50.10)),
    "chestheight": ((117.16, 108.02, 126.60), (129.11, 120.00, 138.70)),
    "waistheightomphalion": ((98.01, 90.00, 106.40), (105.65, 97.20, 114.49)),
    "bicristalbreadth": ((27.33, 23.70, 31.00), (27.54, 24.70, 30.50)),
    "acromialheight": ((133.51, 124.20, 143.38), (144.07, 133.90, 154.60)),
}

SOURCE = "ANSUR II (2012 US Army anthropometric survey, public release), summary statistics"


def mean(name: str, sex: str) -> float:
    """Mean in cm for "female", "male" or "neutral" (the average of the two means)."""
    f, m = ANSUR_II[name]
    if sex == "female":
        return f[0]
    if sex == "male":
        return m[0]
    return (f[0] + m[0]) / 2


def p5_p95(name: str, sex: str) -> tuple[float, float]:
    """5th and 95th percentile for a sex; "neutral" gives the range both sexes share."""
    f, m = ANSUR_II[name]
    if sex == "female":
        return f[1], f[2]
    if sex == "male":
        return m[1], m[2]
    return max(f[1], m[1]), min(f[2], m[2])
