"""Hand-written Russian examples for the percent grammar: positives, facts in context, negatives, known misses."""

from factlex.facts import Percent

POSITIVE = [  # (text, fact): the WHOLE string is exactly one mention of one fact
    # --- the percent sign
    ('5,7%', Percent(None, '5.7')),
    ('3,9 %', Percent(None, '3.9')),
    ('12%', Percent(None, '12')),
    ('0,1%', Percent(None, '0.1')),
    ('0,05%', Percent(None, '0.05')),
    ('100%', Percent(None, '100')),
    ('99,9%', Percent(None, '99.9')),
    ('2.5%', Percent(None, '2.5')),
    ('12,75%', Percent(None, '12.75')),
    # --- процент in its forms, digits
    ('6,5 процента', Percent(None, '6.5')),
    ('35 процентов', Percent(None, '35')),
    ('21 процент', Percent(None, '21')),
    ('3 процента', Percent(None, '3')),
    ('0,5 процента', Percent(None, '0.5')),
    ('47 процентам', Percent(None, '47')),
    # --- numbers in words
    ('семь процентов', Percent(None, '7')),
    ('четырёх процентов', Percent(None, '4')),
    ('полтора процента', Percent(None, '1.5')),
    ('полутора процентов', Percent(None, '1.5')),
    ('двадцать процентов', Percent(None, '20')),
    ('десяти процентов', Percent(None, '10')),
    ('сорока процентов', Percent(None, '40')),
    ('пятидесяти процентов', Percent(None, '50')),
    ('ста процентов', Percent(None, '100')),
    ('один процент', Percent(None, '1')),
    ('двух процентов', Percent(None, '2')),
    ('тридцать пять процентов', Percent(None, '35')),
    ('семидесяти пяти процентов', Percent(None, '75')),
    ('пятью процентами', Percent(None, '5')),
    # --- percentage points
    ('0,75 процентного пункта', Percent(None, '0.75', unit='point')),
    ('1,25 процентного пункта', Percent(None, '1.25', unit='point')),
    ('0,4 п.п.', Percent(None, '0.4', unit='point')),
    ('1,5 п. п.', Percent(None, '1.5', unit='point')),
    ('3 п.п.', Percent(None, '3', unit='point')),
    ('2 процентных пункта', Percent(None, '2', unit='point')),
    ('5 процентных пунктов', Percent(None, '5', unit='point')),
    ('1 процентный пункт', Percent(None, '1', unit='point')),
    ('двух процентных пунктов', Percent(None, '2', unit='point')),
    # --- N-процентный adjective
    ('25-процентная', Percent(None, '25')),
    ('10-процентной', Percent(None, '10')),
    ('30-процентный', Percent(None, '30')),
    ('15-процентную', Percent(None, '15')),
    ('50-процентного', Percent(None, '50')),
    ('13-процентные', Percent(None, '13')),
    ('3,5-процентный', Percent(None, '3.5')),
    # --- ranges (one fact)
    ('от 12 до 14 %', Percent(None, '12', max_value='14')),
    ('5–7%', Percent(None, '5', max_value='7')),
    ('20-25%', Percent(None, '20', max_value='25')),
    ('1,5—2%', Percent(None, '1.5', max_value='2')),
    ('от 5 до 7 процентов', Percent(None, '5', max_value='7')),
    ('30–40 процентов', Percent(None, '30', max_value='40')),
    ('от пяти до семи процентов', Percent(None, '5', max_value='7')),
    # --- qualifiers (part of the mention)
    ('около 4%', Percent(None, '4', qualifier='approx')),
    ('примерно 15%', Percent(None, '15', qualifier='approx')),
    ('почти 40%', Percent(None, '40', qualifier='approx')),
    ('порядка 30 процентов', Percent(None, '30', qualifier='approx')),
    ('приблизительно 2,5%', Percent(None, '2.5', qualifier='approx')),
    ('около трёх процентов', Percent(None, '3', qualifier='approx')),
    ('около 0,5 п.п.', Percent(None, '0.5', unit='point', qualifier='approx')),
    ('более 60 процентов', Percent(None, '60', qualifier='more_than')),
    ('свыше 70%', Percent(None, '70', qualifier='more_than')),
    ('не менее 25%', Percent(None, '25', qualifier='more_than')),
    ('больше 5%', Percent(None, '5', qualifier='more_than')),
    ('более чем 80%', Percent(None, '80', qualifier='more_than')),
    ('менее 1%', Percent(None, '1', qualifier='less_than')),
    ('меньше 3 процентов', Percent(None, '3', qualifier='less_than')),
    ('не более 12%', Percent(None, '12', qualifier='less_than')),
    ('до 20%', Percent(None, '20', qualifier='up_to')),
    ('до 50 процентов', Percent(None, '50', qualifier='up_to')),
    ('от 5%', Percent(None, '5', qualifier='from')),
    ('пятипроцентная', Percent(None, '5')),  # was a known gap
    ('54 процентным', Percent(None, '54')),  # the adjective with its hyphen dropped
    ('7,125%', Percent(None, '7.125')),  # three decimals are not a thousands group
    # a hedge before the preposition a verb of change governs
    ('приблизительно на 45 процентов', Percent(None, '45', qualifier='approx')),
    ('почти в 2%', Percent(None, '2', qualifier='approx')),
    ('более чем на 12%', Percent(None, '12', qualifier='more_than')),
    ('менее чем на 3 процента', Percent(None, '3', qualifier='less_than')),
    ('не более чем на 2%', Percent(None, '2', qualifier='less_than')),
]

IN_CONTEXT = [  # (sentence, [(mention, fact), ...]): every percent fact in the sentence, in order
    # a unit typed with a Latin look-alike letter ("прoцента" with a Latin "o")
    ('Рост составил 4,4 пр\u006fцента.', [
        ('4,4 пр\u006fцента', Percent(None, '4.4')),
    ]),
    ('Банк России повысил ключевую ставку с 16% до 18%.', [
        ('16%', Percent(None, '16')),
        ('18%', Percent(None, '18')),
    ]),
    ('Доходность облигаций снизилась с 11,2 до 10,8 процента.', [
        ('11,2', Percent(None, '11.2')),
        ('10,8 процента', Percent(None, '10.8')),
    ]),
    ('Безработица снизилась на 0,4 п.п. и составила 2,9%.', [
        ('0,4 п.п.', Percent(None, '0.4', unit='point')),
        ('2,9%', Percent(None, '2.9')),
    ]),
    ('Доля компании на рынке составляет около 25 процентов, у ближайшего конкурента — 18 процентов.', [
        ('около 25 процентов', Percent(None, '25', qualifier='approx')),
        ('18 процентов', Percent(None, '18')),
    ]),
    ('За кандидата проголосовали 54,6% избирателей, против — 39,2%.', [
        ('54,6%', Percent(None, '54.6')),
        ('39,2%', Percent(None, '39.2')),
    ]),
    ('Ставки по ипотеке выросли на 1,5 процентного пункта, до 12,3%.', [
        ('1,5 процентного пункта', Percent(None, '1.5', unit='point')),
        ('до 12,3%', Percent(None, '12.3', qualifier='up_to')),
    ]),
    ('Импорт облагается 35-процентной пошлиной, экспорт — 5-процентной.', [
        ('35-процентной', Percent(None, '35')),
        ('5-процентной', Percent(None, '5')),
    ]),
    ('По прогнозу, экономика вырастет на 1,5–2%, а инфляция не превысит 4%.', [
        ('1,5–2%', Percent(None, '1.5', max_value='2')),
        ('4%', Percent(None, '4')),
    ]),
    ('В 2023 году 15 тыс. покупателей получили скидку в 30%.', [
        ('30%', Percent(None, '30')),
    ]),
    ('Индекс Мосбиржи вырос на 1,2% и закрылся на отметке 3150 пунктов.', [
        ('1,2%', Percent(None, '1.2')),
    ]),
    ('Тарифы ЖКХ повысят с 1 июля на 9,8 процента.', [
        ('9,8 процента', Percent(None, '9.8')),
    ]),
    ('Около 40 процентов россиян хранят сбережения в рублях, более 10% — в долларах.', [
        ('Около 40 процентов', Percent(None, '40', qualifier='approx')),
        ('более 10%', Percent(None, '10', qualifier='more_than')),
    ]),
    ('Рубль подешевел к доллару на 2,3%, курс составил 94 рубля.', [
        ('2,3%', Percent(None, '2.3')),
    ]),
    ('Компания выкупила 49-процентную долю партнёра за 12 млрд рублей.', [
        ('49-процентную', Percent(None, '49')),
    ]),
    ('Процентные ставки по вкладам снизились в среднем на 0,8 п. п.', [
        ('0,8 п. п.', Percent(None, '0.8', unit='point')),
    ]),
    ('Быстрее всего цены росли в Казани (8,1%) и Перми (7,3%).', [
        ('8,1%', Percent(None, '8.1')),
        ('7,3%', Percent(None, '7.3')),
    ]),
    ('Рост цен в годовом выражении замедлился с 7,4% до 6,9%, сообщил Росстат.', [
        ('7,4%', Percent(None, '7.4')),
        ('6,9%', Percent(None, '6.9')),
    ]),
]

NEGATIVE = [  # strings in which NO percent fact may be found
    'Выручка выросла в 2 раза.',  # a ratio, not a percentage
    'Билет стоит 100 рублей.',  # money
    'Я уверен на все сто.',  # idiom with no percent word
    'В опросе участвовали 1600 человек.',  # a plain number
    '25',  # a bare number
    'Банк снизил процентные ставки по вкладам.',  # "процентные" with no number
    'Процент безработицы в регионе снизился.',  # "процент" with no number
    'На заводе высокий процент брака.',  # "процент" with no number
    'Заёмщик погасил проценты по кредиту.',  # interest payments, no number
    'Закон вступил в силу в 2023 году.',  # a year
    'Матч закончился со счётом 3:2.',  # a sports score
    'Индекс Мосбиржи упал на 35 пунктов.',  # index points, not percentage points
    'Согласно пункту 3 статьи 12 закона.',  # a clause number
    'Сделка оценивается в 15 млн рублей.',  # money
    'Более половины опрошенных поддержали решение.',  # a fraction in words, not a percentage
    'Доходы выросли в полтора раза.',  # a ratio in words
    'Ставка может измениться на несколько процентных пунктов.',  # unit with no number
    'Температура поднялась на 2 градуса.',  # degrees
    'Землетрясение магнитудой 5,8 балла.',  # a magnitude
    'Около 300 человек вышли на акцию.',  # a qualified quantity of people
    'Сотрудник получил процентную надбавку к окладу.',  # adjective with no number
    'Выборы проходят раз в 5 лет.',  # a period
    'Курс составил 92,5 рубля за доллар.',  # a decimal number that is money
]

XFAIL = [  # (text, fact): real Russian a rule grammar may reasonably miss
    ('полпроцента', Percent(None, '0.5')),  # "пол-" fused into the unit word
    ('три десятых процента', Percent(None, '0.3')),  # a fraction in words
    ('процентов на десять', Percent(None, '10', qualifier='approx')),  # inverted order meaning "approximately"
    ('четверть процентного пункта', Percent(None, '0.25', unit='point')),  # a fraction word as a numeral
]
