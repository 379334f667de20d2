"""Hand-written cases for the officials grammar, one group per construction of issue 12.

Written fresh for the rewrite of the officials grammar: the people are mostly
invented or little known, so that no rule can learn a name, and the cases
put posts and names in every grammatical case. The conventions of
``tests/corpus/official.py`` hold here unchanged (position in the nominative,
lower case, without the organization and the place; organization without
quotes and type words; place in the nominative as written; person parts in
the nominative; "бывший", "экс-", "нынешний" stay in the mention but not in
the position; "врио", "и. о.", "исполняющий обязанности" stay in the
position). This module adds these conventions:

* **East Asian names.** Chinese, Korean and Vietnamese names are written
  family name first. ``last`` is the first word (the family name), ``first``
  the rest joined by a space: "Ли Кэцян" -> first "Кэцян", last "Ли";
  "Мун Чжэ Ин" -> first "Чжэ Ин", last "Мун"; "Нгуен Фу Чонг" -> first
  "Фу Чонг", last "Нгуен". Declined forms go back to the nominative
  ("Юн Сок Ёлем" -> "Юн Сок Ёль"). Japanese names are written given name
  first in Russian ("Юрико Коикэ") and are read like European ones.
* **Arabic names.** ``first`` is the given name, ``last`` everything after it,
  particles kept as written ("бен", "бин", "ибн", "аль-", "ас-", "Аль"):
  "Мухаммед бен Абдуррахман Аль Тани" -> first "Мухаммед", last
  "бен Абдуррахман Аль Тани"; ``middle`` stays None. A title between the
  post and such a name ("шейх", "принц") is neither part of the name nor a
  fact of its own, as "кардинал" is in official.py; a military rank there
  ("адмирал", "генерал-полковник") is a post of its own and gives a fact.
* **Sole names.** After a monarch's or a religious title the name alone is
  ``first`` and ``last`` is None; a regnal number stays in ``first``
  ("король Карл III" -> first "Карл III"; "папы Римского Льва XIV" -> "Лев
  XIV"). "Папа Римский" is the position "папа римский" (lower case: it is the
  title, not a place). "Вселенский" and "наследный" are part of the post.
* **Lists.** One plural post with several holders gives one fact per holder,
  each with the singular position; paired plural lists ("министры обороны
  России и Китая Сергей Шойгу и Вэй Фэнхэ") pair places or organizations with
  the holders in order. Every fact of one list has the SAME mention: the post
  and the whole list of names ("сенаторы Ирина Ветрова, Олег Зуев и Анна
  Котова"). This is the convention official.py already follows ("сенаторы
  Джон Маккейн и Марко Рубио"), so one grammar can satisfy both corpora; the
  facts come out ordered by where their holders stand.
* **Land, state, province.** A type word in apposition to an indeclinable
  name stays in the place, in the nominative, as "штат Миннесота" does in
  official.py: "земли Бавария" -> "земля Бавария", "провинции Онтарио" ->
  "провинция Онтарио", "префектуры Окинава" -> "префектура Окинава".
* **"ё" as written.** A declined name goes to the nominative with the letters
  the text wrote it with: "Петра Белова" -> "Петр Белов" (no "ё" the text did
  not write), "Соловьёвым" -> "Соловьёв", as official.py's "Сергея Воробьева"
  -> "Воробьев".
* **Genitive owners.** A person in the genitive between a post and its holder
  ("пресс-секретарь Путина Дмитрий Песков") is the owner: it is no part of
  the person and is dropped from the position ("пресс-секретарь"); a generic
  owner stays in the position ("помощник губернатора").
* **Long chains.** With a body named by several words and its abbreviation in
  brackets, the organization is the full name in the nominative (its
  dependent words as written), as "Всероссийская федерация лёгкой атлетики"
  in official.py; a superior body after it is dropped and its country goes to
  the place, as in "директор Департамента информации и печати МИД России".

The module is a corpus like the others; run it with
``factlex.testing.corpus_cases(official_constructions, Extractor(['official']), 'official_constructions')``.
"""

from factlex.facts import Official, Person

POSITIVE = [  # (text, fact): the WHOLE string is exactly one mention of one fact
    # === 1. hyphenated first names
    ('бывший министр иностранных дел ФРГ Ханс-Дитрих Геншер', Official(None, 'министр иностранных дел', Person(None, 'Ханс-Дитрих', None, 'Геншер'), place='ФРГ')),
    ('премьер-министр Квебека Жан-Франсуа Лизе', Official(None, 'премьер-министр', Person(None, 'Жан-Франсуа', None, 'Лизе'), place='Квебек')),
    ('вице-мэр Лиона Мари-Клер Дюпре', Official(None, 'вице-мэр', Person(None, 'Мари-Клер', None, 'Дюпре'), place='Лион')),
    ('вице-мэром Лиона Мари-Клер Дюпре', Official(None, 'вице-мэр', Person(None, 'Мари-Клер', None, 'Дюпре'), place='Лион')),  # a French woman's name does not decline
    ('депутат Европарламента Анна-Лена Фогель', Official(None, 'депутат', Person(None, 'Анна-Лена', None, 'Фогель'), organization='Европарламент')),
    ('ректором Сорбонны Анной-Марией Леклер', Official(None, 'ректор', Person(None, 'Анна-Мария', None, 'Леклер'), organization='Сорбонна')),  # both parts decline
    ('генерального директора Renault Жан-Доминика Сенара', Official(None, 'генеральный директор', Person(None, 'Жан-Доминик', None, 'Сенар'), organization='Renault')),
    ('председателю Еврогруппы Жан-Клоду Бертену', Official(None, 'председатель', Person(None, 'Жан-Клод', None, 'Бертен'), organization='Еврогруппа')),
    ('посол Швейцарии в России Ханс-Петер Брунер', Official(None, 'посол', Person(None, 'Ханс-Петер', None, 'Брунер'), place='Швейцария')),
    ('главный тренер сборной Германии Ханс-Йоахим Ветцель', Official(None, 'главный тренер сборной', Person(None, 'Ханс-Йоахим', None, 'Ветцель'), place='Германия')),
    ('президент Гаити Жан-Бертран Аристид', Official(None, 'президент', Person(None, 'Жан-Бертран', None, 'Аристид'), place='Гаити')),
    ('мэр Монреаля Мари-Жозе Лавуа', Official(None, 'мэр', Person(None, 'Мари-Жозе', None, 'Лавуа'), place='Монреаль')),
    ('министру юстиции Франции Жан-Пьеру Лефевру', Official(None, 'министр юстиции', Person(None, 'Жан-Пьер', None, 'Лефевр'), place='Франция')),

    # === 2. a middle initial, initials
    ('окружной судья Роберт Дж. Шелби', Official(None, 'окружной судья', Person(None, 'Роберт', 'Дж.', 'Шелби'))),
    ('окружного судьи Роберта Дж. Шелби', Official(None, 'окружной судья', Person(None, 'Роберт', 'Дж.', 'Шелби'))),
    ('президент США Джон Ф. Кеннеди', Official(None, 'президент', Person(None, 'Джон', 'Ф.', 'Кеннеди'), place='США')),
    ('губернатор штата Техас Джордж У. Буш', Official(None, 'губернатор', Person(None, 'Джордж', 'У.', 'Буш'), place='штат Техас')),
    ('главный инженер завода А. В. Петров', Official(None, 'главный инженер завода', Person(None, 'А.', 'В.', 'Петров'))),
    ('директору школы И. П. Смирновой', Official(None, 'директор школы', Person(None, 'И.', 'П.', 'Смирнова'))),
    ('ректор университета В. Н. Кудрявцев', Official(None, 'ректор университета', Person(None, 'В.', 'Н.', 'Кудрявцев'))),
    ('заместителем министра Е. А. Лосевой', Official(None, 'заместитель министра', Person(None, 'Е.', 'А.', 'Лосева'))),
    ('губернатору Свердловской области Е. Э. Росселю', Official(None, 'губернатор', Person(None, 'Е.', 'Э.', 'Россель'), place='Свердловская область')),
    ('глава администрации района С. Котов', Official(None, 'глава администрации района', Person(None, 'С.', None, 'Котов'))),
    ('начальник отдела Петров А. В.', Official(None, 'начальник отдела', Person(None, 'А.', 'В.', 'Петров'))),  # surname before the initials

    # --- an unknown first name, a second one the dictionary knows, a surname
    ('посол Индии Раджив Кумар Чандра', Official(None, 'посол', Person(None, 'Раджив', 'Кумар', 'Чандра'), place='Индия')),
    ('председатель правления Mazagon Dock Shipbuilders Санджив Кумар Мехротра', Official(None, 'председатель правления', Person(None, 'Санджив', 'Кумар', 'Мехротра'), organization='Mazagon Dock Shipbuilders')),
    ('министром финансов Непала Бишну Прасад Паудьялом', Official(None, 'министр финансов', Person(None, 'Бишну', 'Прасад', 'Паудьял'), place='Непал')),  # the surname's "-ом" shows the case of all

    # --- a woman's title gives the name its gender; a surname in "-ем" its case
    ('кронпринцессе Швеции Виктории', Official(None, 'кронпринцесса', Person(None, 'Виктория', None, None), place='Швеция')),
    ('Паулу Мендешем — исполнительным директором агентства', Official(None, 'исполнительный директор агентства', Person(None, 'Паулу', None, 'Мендеш'))),

    ('генеральным директором Stellantis Антонио Филосой', Official(None, 'генеральный директор', Person(None, 'Антонио', None, 'Филоса'), organization='Stellantis')),  # "-ой" of a name in "-а", not a nominative adjective

    # === 3. a patronymic after a post with an organization
    ('ректор Института экономики и права Анатолий Петрович Лисицын', Official(None, 'ректор', Person(None, 'Анатолий', 'Петрович', 'Лисицын'), organization='Институт экономики и права')),
    ('директор Института физики металлов Ольга Николаевна Смолина', Official(None, 'директор', Person(None, 'Ольга', 'Николаевна', 'Смолина'), organization='Институт физики металлов')),
    ('председатель Арбитражного суда Свердловской области Игорь Викторович Решетников', Official(None, 'председатель', Person(None, 'Игорь', 'Викторович', 'Решетников'), organization='Арбитражный суд', place='Свердловская область')),
    ('декан факультета журналистики МГУ Елена Леонидовна Вартанова', Official(None, 'декан факультета журналистики', Person(None, 'Елена', 'Леонидовна', 'Вартанова'), organization='МГУ')),
    ('директору Государственного Эрмитажа Михаилу Борисовичу Пиотровскому', Official(None, 'директор', Person(None, 'Михаил', 'Борисович', 'Пиотровский'), organization='Государственный Эрмитаж')),
    ('председателем Союза журналистов России Владимиром Геннадьевичем Соловьёвым', Official(None, 'председатель', Person(None, 'Владимир', 'Геннадьевич', 'Соловьёв'), organization='Союз журналистов', place='Россия')),
    ('президент Академии художеств Зураб Константинович Церетели', Official(None, 'президент', Person(None, 'Зураб', 'Константинович', 'Церетели'), organization='Академия художеств')),
    ('председатель Общественной палаты Лидия Михайловна Михеева', Official(None, 'председатель', Person(None, 'Лидия', 'Михайловна', 'Михеева'), organization='Общественная палата')),
    ('генеральный директор Балтийского завода Алексей Сергеевич Ковалёв', Official(None, 'генеральный директор', Person(None, 'Алексей', 'Сергеевич', 'Ковалёв'), organization='Балтийский завод')),
    ('художественного руководителя Малого театра Юрия Мефодьевича Соломина', Official(None, 'художественный руководитель', Person(None, 'Юрий', 'Мефодьевич', 'Соломин'), organization='Малый театр')),
    ('директора Пермского краевого музея Ирины Викторовны Котовой', Official(None, 'директор', Person(None, 'Ирина', 'Викторовна', 'Котова'), organization='Пермский краевой музей')),

    # === 4. Arabic names with particles, titles шейх / принц / эмир
    ('министр иностранных дел Катара шейх Мухаммед бен Абдуррахман Аль Тани', Official(None, 'министр иностранных дел', Person(None, 'Мухаммед', None, 'бен Абдуррахман Аль Тани'), place='Катар')),
    ('наследный принц Саудовской Аравии Мухаммед бин Сальман', Official(None, 'наследный принц', Person(None, 'Мухаммед', None, 'бин Сальман'), place='Саудовская Аравия')),
    ('эмир Катара шейх Тамим бин Хамад Аль Тани', Official(None, 'эмир', Person(None, 'Тамим', None, 'бин Хамад Аль Тани'), place='Катар')),
    ('президент ОАЭ шейх Мухаммед бен Заид Аль Нахайян', Official(None, 'президент', Person(None, 'Мухаммед', None, 'бен Заид Аль Нахайян'), place='ОАЭ')),
    ('министр иностранных дел Омана Бадр бен Хамад аль-Бусаиди', Official(None, 'министр иностранных дел', Person(None, 'Бадр', None, 'бен Хамад аль-Бусаиди'), place='Оман')),
    ('посол Кувейта в России Зияд аль-Машан', Official(None, 'посол', Person(None, 'Зияд', None, 'аль-Машан'), place='Кувейт')),
    ('премьер-министром Ирака Мустафой аль-Казыми', Official(None, 'премьер-министр', Person(None, 'Мустафа', None, 'аль-Казыми'), place='Ирак')),
    ('король Саудовской Аравии Сальман ибн Абдул-Азиз Аль Сауд', Official(None, 'король', Person(None, 'Сальман', None, 'ибн Абдул-Азиз Аль Сауд'), place='Саудовская Аравия')),
    ('правитель Дубая шейх Мухаммед бен Рашид Аль Мактум', Official(None, 'правитель', Person(None, 'Мухаммед', None, 'бен Рашид Аль Мактум'), place='Дубай')),
    ('генеральный секретарь Совета сотрудничества арабских государств Персидского залива Джасем аль-Будаиви', Official(None, 'генеральный секретарь', Person(None, 'Джасем', None, 'аль-Будаиви'), organization='Совет сотрудничества арабских государств Персидского залива')),

    # === 5. Chinese, Korean, Vietnamese names: family name first
    ('премьер Госсовета КНР Ли Кэцян', Official(None, 'премьер', Person(None, 'Кэцян', None, 'Ли'), organization='Госсовет', place='КНР')),
    ('президент Южной Кореи Мун Чжэ Ин', Official(None, 'президент', Person(None, 'Чжэ Ин', None, 'Мун'), place='Южная Корея')),
    ('генеральный секретарь ЦК КПВ Нгуен Фу Чонг', Official(None, 'генеральный секретарь', Person(None, 'Фу Чонг', None, 'Нгуен'), organization='ЦК КПВ')),
    ('министр иностранных дел КНР Ван И', Official(None, 'министр иностранных дел', Person(None, 'И', None, 'Ван'), place='КНР')),
    ('министр обороны Китая Дун Цзюнь', Official(None, 'министр обороны', Person(None, 'Цзюнь', None, 'Дун'), place='Китай')),
    ('премьер-министр Вьетнама Фам Минь Тинь', Official(None, 'премьер-министр', Person(None, 'Минь Тинь', None, 'Фам'), place='Вьетнам')),
    ('главе МИД Китая Ван И', Official(None, 'глава', Person(None, 'И', None, 'Ван'), organization='МИД', place='Китай')),
    ('мэр Сеула О Се Хун', Official(None, 'мэр', Person(None, 'Се Хун', None, 'О'), place='Сеул')),  # a one-letter family name
    ('вице-премьер Госсовета КНР Хань Чжэн', Official(None, 'вице-премьер', Person(None, 'Чжэн', None, 'Хань'), organization='Госсовет', place='КНР')),
    ('посол КНР в России Чжан Ханьхуэй', Official(None, 'посол', Person(None, 'Ханьхуэй', None, 'Чжан'), place='КНР')),
    ('президента Вьетнама Во Ван Тхыонга', Official(None, 'президент', Person(None, 'Ван Тхыонг', None, 'Во'), place='Вьетнам')),
    ('премьер-министра Южной Кореи Хан Дак Су', Official(None, 'премьер-министр', Person(None, 'Дак Су', None, 'Хан'), place='Южная Корея')),
    ('губернатор Токио Юрико Коикэ', Official(None, 'губернатор', Person(None, 'Юрико', None, 'Коикэ'), place='Токио')),  # Japanese: given name first

    # === 6. a sole name after a monarch's or religious title
    ('император Нарухито', Official(None, 'император', Person(None, 'Нарухито', None, None))),
    ('императору Нарухито', Official(None, 'император', Person(None, 'Нарухито', None, None))),
    ('Вселенский патриарх Варфоломей', Official(None, 'вселенский патриарх', Person(None, 'Варфоломей', None, None))),
    ('патриарха Варфоломея', Official(None, 'патриарх', Person(None, 'Варфоломей', None, None))),
    ('королём Карлом III', Official(None, 'король', Person(None, 'Карл III', None, None))),
    ('король Великобритании Карл III', Official(None, 'король', Person(None, 'Карл III', None, None), place='Великобритания')),
    ('папа Римский Франциск', Official(None, 'папа римский', Person(None, 'Франциск', None, None))),
    ('папы Римского Льва XIV', Official(None, 'папа римский', Person(None, 'Лев XIV', None, None))),  # a fleeting vowel: Льва -> Лев
    ('королю Иордании Абдалле II', Official(None, 'король', Person(None, 'Абдалла II', None, None), place='Иордания')),
    ('король Испании Филипп VI', Official(None, 'король', Person(None, 'Филипп VI', None, None), place='Испания')),
    ('князь Монако Альбер II', Official(None, 'князь', Person(None, 'Альбер II', None, None), place='Монако')),
    ('великий герцог Люксембурга Анри', Official(None, 'великий герцог', Person(None, 'Анри', None, None), place='Люксембург')),
    ('митрополиту Тихону', Official(None, 'митрополит', Person(None, 'Тихон', None, None))),
    ('королевы Дании Маргрете II', Official(None, 'королева', Person(None, 'Маргрете II', None, None), place='Дания')),
    ('наследный принц Норвегии Хокон', Official(None, 'наследный принц', Person(None, 'Хокон', None, None), place='Норвегия')),

    # === 7. a genitive owner before the name: never part of the person
    ('пресс-секретарь Путина Дмитрий Песков', Official(None, 'пресс-секретарь', Person(None, 'Дмитрий', None, 'Песков'))),
    ('пресс-секретаря Кремля Дмитрия Пескова', Official(None, 'пресс-секретарь', Person(None, 'Дмитрий', None, 'Песков'), organization='Кремль')),
    ('помощник губернатора Ольга Белова', Official(None, 'помощник губернатора', Person(None, 'Ольга', None, 'Белова'))),
    ('пресс-секретарь Собянина Гульнара Пенькова', Official(None, 'пресс-секретарь', Person(None, 'Гульнара', None, 'Пенькова'))),
    ('пресс-секретарь Лукашенко Наталья Эйсмонт', Official(None, 'пресс-секретарь', Person(None, 'Наталья', None, 'Эйсмонт'))),  # an owner that does not decline
    ('советник Текслера Олег Ремезов', Official(None, 'советник', Person(None, 'Олег', None, 'Ремезов'))),
    ('адвокат Анны Беловой Ирина Котова', Official(None, 'адвокат', Person(None, 'Ирина', None, 'Котова'))),  # the client's full name, then the holder's
    ('пресс-секретарь Белого дома Кэролайн Ливитт', Official(None, 'пресс-секретарь', Person(None, 'Кэролайн', None, 'Ливитт'), organization='Белый дом')),
    ('пресс-секретарю Минобороны Ольге Ветровой', Official(None, 'пресс-секретарь', Person(None, 'Ольга', None, 'Ветрова'), organization='Минобороны')),
    ('советник Зеленского Михаил Подоляк', Official(None, 'советник', Person(None, 'Михаил', None, 'Подоляк'))),
    ('помощника мэра Ирины Котовой', Official(None, 'помощник мэра', Person(None, 'Ирина', None, 'Котова'))),
    ('заместитель Собянина Пётр Бирюков', Official(None, 'заместитель', Person(None, 'Пётр', None, 'Бирюков'))),
    ('тренер Загитовой Этери Тутберидзе', Official(None, 'тренер', Person(None, 'Этери', None, 'Тутберидзе'))),
    ('пресс-секретарём Эрдогана Ибрагимом Калыном', Official(None, 'пресс-секретарь', Person(None, 'Ибрагим', None, 'Калын'))),

    # === 8. every part of the name to the nominative together
    ('президентом Турции Реджепом Тайипом Эрдоганом', Official(None, 'президент', Person(None, 'Реджеп', 'Тайип', 'Эрдоган'), place='Турция')),
    ('министром иностранных дел Германии Анналеной Бербок', Official(None, 'министр иностранных дел', Person(None, 'Анналена', None, 'Бербок'), place='Германия')),  # a woman's foreign surname does not decline
    ('губернатором Ивановской области Станиславом Сергеевичем Вороновым', Official(None, 'губернатор', Person(None, 'Станислав', 'Сергеевич', 'Воронов'), place='Ивановская область')),
    ('председателем комитета Натальей Викторовной Козловой', Official(None, 'председатель комитета', Person(None, 'Наталья', 'Викторовна', 'Козлова'))),
    ('министру Олегу Кравченко', Official(None, 'министр', Person(None, 'Олег', None, 'Кравченко'))),
    ('депутатом Еленой Толстой', Official(None, 'депутат', Person(None, 'Елена', None, 'Толстая'))),  # an adjectival surname: Толстой -> Толстая
    ('главой района Надеждой Черных', Official(None, 'глава района', Person(None, 'Надежда', None, 'Черных'))),
    ('директору Кристине Шмидт', Official(None, 'директор', Person(None, 'Кристина', None, 'Шмидт'))),  # not "Шмидта"
    ('министру Марку Дюпону', Official(None, 'министр', Person(None, 'Марк', None, 'Дюпон'))),  # a man's foreign surname declines
    ('мэру Парижа Анне Идальго', Official(None, 'мэр', Person(None, 'Анна', None, 'Идальго'), place='Париж')),
    ('послом Италии Джорджо Бруни', Official(None, 'посол', Person(None, 'Джорджо', None, 'Бруни'), place='Италия')),
    ('президента Финляндии Александра Стубба', Official(None, 'президент', Person(None, 'Александр', None, 'Стубб'), place='Финляндия')),
    ('вице-президентом США Камалой Харрис', Official(None, 'вице-президент', Person(None, 'Камала', None, 'Харрис'), place='США')),
    ('канцлеру Австрии Карлу Нехаммеру', Official(None, 'канцлер', Person(None, 'Карл', None, 'Нехаммер'), place='Австрия')),
    ('мэром Варшавы Рафалом Тшасковским', Official(None, 'мэр', Person(None, 'Рафал', None, 'Тшасковский'), place='Варшава')),

    # === 9. Latin organization names, legal forms
    ('глава Nvidia Дженсен Хуанг', Official(None, 'глава', Person(None, 'Дженсен', None, 'Хуанг'), organization='Nvidia')),
    ('финансовый директор Google Рут Порат', Official(None, 'финансовый директор', Person(None, 'Рут', None, 'Порат'), organization='Google')),
    ('главе Airbus Гийому Фори', Official(None, 'глава', Person(None, 'Гийом', None, 'Фори'), organization='Airbus')),
    ('генеральным директором Siemens Роландом Бушем', Official(None, 'генеральный директор', Person(None, 'Роланд', None, 'Буш'), organization='Siemens')),
    ('вице-президент Microsoft Брэд Смит', Official(None, 'вице-президент', Person(None, 'Брэд', None, 'Смит'), organization='Microsoft')),
    ('председатель правления Deutsche Bank Кристиан Зевинг', Official(None, 'председатель правления', Person(None, 'Кристиан', None, 'Зевинг'), organization='Deutsche Bank')),
    ('главного исполнительного директора BP Мюррея Окинклосса', Official(None, 'главный исполнительный директор', Person(None, 'Мюррей', None, 'Окинклосс'), organization='BP')),
    ('глава Samsung Electronics Ли Чжэ Ён', Official(None, 'глава', Person(None, 'Чжэ Ён', None, 'Ли'), organization='Samsung Electronics')),
    ('директор АО «Северсталь-менеджмент» Олег Петров', Official(None, 'директор', Person(None, 'Олег', None, 'Петров'), organization='Северсталь-менеджмент')),
    ('генеральный директор ООО «Тверьводоканал» Игорь Зотов', Official(None, 'генеральный директор', Person(None, 'Игорь', None, 'Зотов'), organization='Тверьводоканал')),
    ('председателя правления ПАО «Камчатскэнерго» Анны Лосевой', Official(None, 'председатель правления', Person(None, 'Анна', None, 'Лосева'), organization='Камчатскэнерго')),
    ('директор МУП «Горсвет» Сергей Пахомов', Official(None, 'директор', Person(None, 'Сергей', None, 'Пахомов'), organization='Горсвет')),
    ('генеральному директору ЗАО «Балтийская строительная компания» Олегу Рыбину', Official(None, 'генеральный директор', Person(None, 'Олег', None, 'Рыбин'), organization='Балтийская строительная компания')),
    ('президент АНО «Центр городских исследований» Марина Ветрова', Official(None, 'президент', Person(None, 'Марина', None, 'Ветрова'), organization='Центр городских исследований')),

    # === 10. long genitive chains, an abbreviation in brackets
    ('заместитель руководителя Федерального агентства по управлению государственным имуществом (Росимущества) Иван Сидоров', Official(None, 'заместитель руководителя', Person(None, 'Иван', None, 'Сидоров'), organization='Федеральное агентство по управлению государственным имуществом')),
    ('заместитель директора Федеральной службы по надзору в сфере природопользования (Росприроднадзора) Ирина Котова', Official(None, 'заместитель директора', Person(None, 'Ирина', None, 'Котова'), organization='Федеральная служба по надзору в сфере природопользования')),
    ('генеральный директор Центра инфраструктурных решений (ЦИР) Олег Рыбин', Official(None, 'генеральный директор', Person(None, 'Олег', None, 'Рыбин'), organization='Центр инфраструктурных решений')),
    ('президент Ассоциации российских банков (АРБ) Павел Орехов', Official(None, 'президент', Person(None, 'Павел', None, 'Орехов'), organization='Ассоциация российских банков')),
    ('глава Агентства стратегических инициатив (АСИ) Светлана Чупшева', Official(None, 'глава', Person(None, 'Светлана', None, 'Чупшева'), organization='Агентство стратегических инициатив')),
    ('руководителя Федеральной службы по интеллектуальной собственности (Роспатента) Юрия Зубова', Official(None, 'руководитель', Person(None, 'Юрий', None, 'Зубов'), organization='Федеральная служба по интеллектуальной собственности')),
    ('заместителю руководителя Федерального агентства по делам молодёжи (Росмолодёжи) Денису Ащеулову', Official(None, 'заместитель руководителя', Person(None, 'Денис', None, 'Ащеулов'), organization='Федеральное агентство по делам молодёжи')),
    ('президент Российского союза промышленников и предпринимателей (РСПП) Александр Шохин', Official(None, 'президент', Person(None, 'Александр', None, 'Шохин'), organization='Российский союз промышленников и предпринимателей')),
    ('директор Национального исследовательского центра эпидемиологии и микробиологии (НИЦЭМ) Ольга Лосева', Official(None, 'директор', Person(None, 'Ольга', None, 'Лосева'), organization='Национальный исследовательский центр эпидемиологии и микробиологии')),
    ('первый заместитель руководителя Федерального дорожного агентства (Росавтодора) Игорь Астахов', Official(None, 'первый заместитель руководителя', Person(None, 'Игорь', None, 'Астахов'), organization='Федеральное дорожное агентство')),
    ('председатель Комитета по внешним связям (КВС) Санкт-Петербурга Евгений Григорьев', Official(None, 'председатель', Person(None, 'Евгений', None, 'Григорьев'), organization='Комитет по внешним связям', place='Санкт-Петербург')),
    ('руководитель Департамента транспорта и развития дорожно-транспортной инфраструктуры (Дептранса) Москвы Максим Ликсутов', Official(None, 'руководитель', Person(None, 'Максим', None, 'Ликсутов'), organization='Департамент транспорта и развития дорожно-транспортной инфраструктуры', place='Москва')),

    # === 11. земля / штат / провинция + name
    ('премьер-министр земли Саксония Михаэль Кречмер', Official(None, 'премьер-министр', Person(None, 'Михаэль', None, 'Кречмер'), place='земля Саксония')),
    ('премьер-министра земли Бавария Маркуса Зёдера', Official(None, 'премьер-министр', Person(None, 'Маркус', None, 'Зёдер'), place='земля Бавария')),
    ('губернатор штата Флорида Рон Десантис', Official(None, 'губернатор', Person(None, 'Рон', None, 'Десантис'), place='штат Флорида')),
    ('губернатора штата Калифорния Гэвина Ньюсома', Official(None, 'губернатор', Person(None, 'Гэвин', None, 'Ньюсом'), place='штат Калифорния')),
    ('премьер провинции Онтарио Даг Форд', Official(None, 'премьер', Person(None, 'Даг', None, 'Форд'), place='провинция Онтарио')),
    ('губернатор префектуры Окинава Дэнни Тамаки', Official(None, 'губернатор', Person(None, 'Дэнни', None, 'Тамаки'), place='префектура Окинава')),
    ('губернатор штата Виктория Джасинта Аллан', Official(None, 'губернатор', Person(None, 'Джасинта', None, 'Аллан'), place='штат Виктория')),  # the state's name is also a woman's name
    ('главный министр штата Керала Пинарайи Виджаян', Official(None, 'главный министр', Person(None, 'Пинарайи', None, 'Виджаян'), place='штат Керала')),
    ('губернатором штата Техас Грегом Эбботом', Official(None, 'губернатор', Person(None, 'Грег', None, 'Эббот'), place='штат Техас')),

    # --- a hyphenated place's name after its kind
    ('губернатору штата Нью-Йорк Кэти Хокул', Official(None, 'губернатор', Person(None, 'Кэти', None, 'Хокул'), place='штат Нью-Йорк')),
    ('губернатор провинции Буэнос-Айрес Аксель Кисилофф', Official(None, 'губернатор', Person(None, 'Аксель', None, 'Кисилофф'), place='провинция Буэнос-Айрес')),
    ('мэром города Сан-Диего Тоддом Глорией', Official(None, 'мэр', Person(None, 'Тодд', None, 'Глория'), place='Сан-Диего')),
    ('губернатора штата Нью-Джерси Фила Мерфи', Official(None, 'губернатор', Person(None, 'Фил', None, 'Мерфи'), place='штат Нью-Джерси')),
    # === 12. indeclinable heads
    ('управделами президента Олег Ветров', Official(None, 'управделами президента', Person(None, 'Олег', None, 'Ветров'))),
    ('управделами президента Олегом Ветровым', Official(None, 'управделами президента', Person(None, 'Олег', None, 'Ветров'))),
    ('управделами правительства Ирины Котовой', Official(None, 'управделами правительства', Person(None, 'Ирина', None, 'Котова'))),
    ('замглавы Минтранса Игорем Гладышевым', Official(None, 'замглавы', Person(None, 'Игорь', None, 'Гладышев'), organization='Минтранс')),
    ('замглавы Минфина Ирины Окладниковой', Official(None, 'замглавы', Person(None, 'Ирина', None, 'Окладникова'), organization='Минфин')),
    ('пресс-атташе посольства Франции Клер Дюбуа', Official(None, 'пресс-атташе посольства', Person(None, 'Клер', None, 'Дюбуа'), place='Франция')),
    ('пресс-атташе посольства Италии Джулией Росси', Official(None, 'пресс-атташе посольства', Person(None, 'Джулия', None, 'Росси'), place='Италия')),
    ('военный атташе посольства США Майкл Грин', Official(None, 'военный атташе посольства', Person(None, 'Майкл', None, 'Грин'), place='США')),
    ('замгендиректора «Аэрофлота» Ольгой Лосевой', Official(None, 'замгендиректора', Person(None, 'Ольга', None, 'Лосева'), organization='Аэрофлот')),
    ('зампрокурора Москвы Ивану Зотову', Official(None, 'зампрокурора', Person(None, 'Иван', None, 'Зотов'), place='Москва')),
    ('замдиректора Эрмитажа Марией Котовой', Official(None, 'замдиректора', Person(None, 'Мария', None, 'Котова'), organization='Эрмитаж')),
    ('заммэра Москвы Натальей Сергуниной', Official(None, 'заммэра', Person(None, 'Наталья', None, 'Сергунина'), place='Москва')),
    ('замначальника Генштаба Олега Зуева', Official(None, 'замначальника', Person(None, 'Олег', None, 'Зуев'), organization='Генштаб')),
    ('зампредседателя правительства Олегу Рыбину', Official(None, 'зампредседателя правительства', Person(None, 'Олег', None, 'Рыбин'))),
    ('завкафедрой истории МГУ Павел Орлов', Official(None, 'завкафедрой истории', Person(None, 'Павел', None, 'Орлов'), organization='МГУ')),

    # === 13. acting and former holders
    ('врио губернатора Костромской области Дмитрием Лебедевым', Official(None, 'врио губернатора', Person(None, 'Дмитрий', None, 'Лебедев'), place='Костромская область')),
    ('врио главы Удмуртии Александру Бречалову', Official(None, 'врио главы', Person(None, 'Александр', None, 'Бречалов'), place='Удмуртия')),
    ('и. о. ректора МГТУ Петра Белова', Official(None, 'и. о. ректора', Person(None, 'Петр', None, 'Белов'), organization='МГТУ')),
    ('и. о. главы Минпромторга Олег Рыбин', Official(None, 'и. о. главы', Person(None, 'Олег', None, 'Рыбин'), organization='Минпромторг')),
    ('временно исполняющего обязанности мэра Новосибирска Олега Зотова', Official(None, 'временно исполняющий обязанности мэра', Person(None, 'Олег', None, 'Зотов'), place='Новосибирск')),
    ('экс-министр культуры Ирина Лаптева', Official(None, 'министр культуры', Person(None, 'Ирина', None, 'Лаптева'))),
    ('бывшего главу Росимущества Олега Рыбина', Official(None, 'глава', Person(None, 'Олег', None, 'Рыбин'), organization='Росимущество')),
    ('экс-губернатором Пензенской области Иваном Белозерцевым', Official(None, 'губернатор', Person(None, 'Иван', None, 'Белозерцев'), place='Пензенская область')),
    ('бывшей главе Минобрнауки Ольге Васильевой', Official(None, 'глава', Person(None, 'Ольга', None, 'Васильева'), organization='Минобрнауки')),
    ('экс-вице-премьер Аркадий Дворкович', Official(None, 'вице-премьер', Person(None, 'Аркадий', None, 'Дворкович'))),
    ('бывший первый заместитель министра финансов Татьяна Нестеренко', Official(None, 'первый заместитель министра финансов', Person(None, 'Татьяна', None, 'Нестеренко'))),
    ('исполняющий обязанности главы Ивановского района Сергей Котов', Official(None, 'исполняющий обязанности главы', Person(None, 'Сергей', None, 'Котов'), place='Ивановский район')),
    ('нынешнего мэра Самары Ивана Ноздрина', Official(None, 'мэр', Person(None, 'Иван', None, 'Ноздрин'), place='Самара')),
    ('врио министра здравоохранения Анна Зуева', Official(None, 'врио министра здравоохранения', Person(None, 'Анна', None, 'Зуева'))),
    ('экс-мэра Екатеринбурга Евгения Ройзмана', Official(None, 'мэр', Person(None, 'Евгений', None, 'Ройзман'), place='Екатеринбург')),

    # === 14. religious, monarch, court and military titles
    ('муфтий Пензенской области Ринат Абдуллин', Official(None, 'муфтий', Person(None, 'Ринат', None, 'Абдуллин'), place='Пензенская область')),
    ('верховный муфтий Талгат Таджуддин', Official(None, 'верховный муфтий', Person(None, 'Талгат', None, 'Таджуддин'))),
    ('главный раввин России Берл Лазар', Official(None, 'главный раввин', Person(None, 'Берл', None, 'Лазар'), place='Россия')),
    ('протоиерей Алексей Уминский', Official(None, 'протоиерей', Person(None, 'Алексей', None, 'Уминский'))),
    ('кардинал Пьетро Паролин', Official(None, 'кардинал', Person(None, 'Пьетро', None, 'Паролин'))),
    ('раввин Адольф Шаевич', Official(None, 'раввин', Person(None, 'Адольф', None, 'Шаевич'))),
    ('судья Конституционного суда Ольга Петрова', Official(None, 'судья', Person(None, 'Ольга', None, 'Петрова'), organization='Конституционный суд')),
    ('председатель Мосгорсуда Михаил Ершов', Official(None, 'председатель', Person(None, 'Михаил', None, 'Ершов'), organization='Мосгорсуд')),
    ('судьёй Мещанского районного суда Анной Ковалёвой', Official(None, 'судья', Person(None, 'Анна', None, 'Ковалёва'), organization='Мещанский районный суд')),
    ('судья Верховного суда США Соня Сотомайор', Official(None, 'судья', Person(None, 'Соня', None, 'Сотомайор'), organization='Верховный суд', place='США')),
    ('прокурор Ярославской области Игорь Бойко', Official(None, 'прокурор', Person(None, 'Игорь', None, 'Бойко'), place='Ярославская область')),
    ('генерал-лейтенант Андрей Мордвичев', Official(None, 'генерал-лейтенант', Person(None, 'Андрей', None, 'Мордвичев'))),
    ('генералом армии Сергеем Суровикиным', Official(None, 'генерал армии', Person(None, 'Сергей', None, 'Суровикин'))),
    ('контр-адмирала Олега Зуева', Official(None, 'контр-адмирал', Person(None, 'Олег', None, 'Зуев'))),
    ('полковник полиции Ирина Волк', Official(None, 'полковник полиции', Person(None, 'Ирина', None, 'Волк'))),
    ('вице-адмирал Владимир Касатонов', Official(None, 'вице-адмирал', Person(None, 'Владимир', None, 'Касатонов'))),

    # === 15. the post after the name, between commas
    ('Анатолий Карпов, почётный президент Российской шахматной федерации', Official(None, 'почётный президент', Person(None, 'Анатолий', None, 'Карпов'), organization='Российская шахматная федерация')),
    ('Ирина Котова, заместитель министра экономического развития', Official(None, 'заместитель министра экономического развития', Person(None, 'Ирина', None, 'Котова'))),
    ('Игорю Сомову, председателю совета директоров «Уралхима»', Official(None, 'председатель совета директоров', Person(None, 'Игорь', None, 'Сомов'), organization='Уралхим')),
    ('Мартой Кос, еврокомиссаром по вопросам расширения', Official(None, 'еврокомиссар по вопросам расширения', Person(None, 'Марта', None, 'Кос'))),
    ('Олега Зуева, генерального директора «Мосгортранса»', Official(None, 'генеральный директор', Person(None, 'Олег', None, 'Зуев'), organization='Мосгортранс')),
    ('Анна Лосева, главный редактор журнала «Огонёк»', Official(None, 'главный редактор', Person(None, 'Анна', None, 'Лосева'), organization='Огонёк')),
    ('Павел Орлов, член Общественной палаты', Official(None, 'член', Person(None, 'Павел', None, 'Орлов'), organization='Общественная палата')),
    ('Ольге Ветровой, министру образования Саратовской области', Official(None, 'министр образования', Person(None, 'Ольга', None, 'Ветрова'), place='Саратовская область')),
    ('Жан-Ив Ле Дриан, бывший министр иностранных дел Франции', Official(None, 'министр иностранных дел', Person(None, 'Жан-Ив', None, 'Ле Дриан'), place='Франция')),
    ('Сергеем Котовым, заместителем губернатора Тульской области', Official(None, 'заместитель губернатора', Person(None, 'Сергей', None, 'Котов'), place='Тульская область')),
    ('Марина Зуева, директор Пушкинского музея', Official(None, 'директор', Person(None, 'Марина', None, 'Зуева'), organization='Пушкинский музей')),
    ('Олег Рыбин, мэр Твери', Official(None, 'мэр', Person(None, 'Олег', None, 'Рыбин'), place='Тверь')),
    # --- a cleric's see between the title and the name; an adjective the dictionary files under another lemma
    ('Митрополит Волоколамский Антоний', Official(None, 'митрополит', Person(None, 'Антоний', None, None))),
    ('Патриарх Московский и всея Руси Кирилл', Official(None, 'патриарх', Person(None, 'Кирилл', None, None))),
    ('архиепископа Кентерберийского Джастина', Official(None, 'архиепископ', Person(None, 'Джастин', None, None))),
    ('ректор Высшей школы экономики Никита Анисимов', Official(None, 'ректор', Person(None, 'Никита', None, 'Анисимов'), organization='Высшая школа экономики')),
    ('директора Высшей школы журналистики Ольги Светловой', Official(None, 'директор', Person(None, 'Ольга', None, 'Светлова'), organization='Высшая школа журналистики')),
    # --- the body described between commas; an ordinal or a century inside the body's name
    ('Глава Абакана, столицы Хакасии, Николай Булакин', Official(None, 'глава', Person(None, 'Николай', None, 'Булакин'), place='Абакан')),
    ('мэр Казани, столицы Татарстана, Ильсур Метшин', Official(None, 'мэр', Person(None, 'Ильсур', None, 'Метшин'), place='Казань')),
    ('президент Ассоциации театров кукол XXI века Станислав Железкин', Official(None, 'президент', Person(None, 'Станислав', None, 'Железкин'), organization='Ассоциация театров кукол XXI века')),
    ('председатель Союза писателей XXI века Юрий Поляков', Official(None, 'председатель', Person(None, 'Юрий', None, 'Поляков'), organization='Союз писателей XXI века')),
    # --- a name of two words the dictionary knows as common nouns
    ('мэр Лондона Садик Хан', Official(None, 'мэр', Person(None, 'Садик', None, 'Хан'), place='Лондон')),
    ('посол Пакистана Садик Хан', Official(None, 'посол', Person(None, 'Садик', None, 'Хан'), place='Пакистан')),
    # --- one gender for the whole name: a first name spelled alike for a man and a woman
    ('помощнике директора Виктории Лаптевой', Official(None, 'помощник директора', Person(None, 'Виктория', None, 'Лаптева'))),
    ('заместителю мэра Евгении Корниловой', Official(None, 'заместитель мэра', Person(None, 'Евгения', None, 'Корнилова'))),
    ('министре Валерии Гусевой', Official(None, 'министр', Person(None, 'Валерия', None, 'Гусева'))),
    ('министре Валерии Гусеве', Official(None, 'министр', Person(None, 'Валерий', None, 'Гусев'))),
    # --- a surname in "-ому" declines as an adjective only when it is one ("Лановой"), else as a noun
    ('губернатору Калифорнии Гэвину Ньюсому', Official(None, 'губернатор', Person(None, 'Гэвин', None, 'Ньюсом'), place='Калифорния')),
    ('послу Ирландии Шону Бернсому', Official(None, 'посол', Person(None, 'Шон', None, 'Бернсом'), place='Ирландия')),
    ('депутату Олегу Лановому', Official(None, 'депутат', Person(None, 'Олег', None, 'Лановой'))),
    ('сенатору Евгению Садовничему', Official(None, 'сенатор', Person(None, 'Евгений', None, 'Садовничий'))),
    ('министру Игорю Толстому', Official(None, 'министр', Person(None, 'Игорь', None, 'Толстой'))),
    # --- academic posts: a professor or a lecturer of a university, alone or in a list
    ('профессор Гарвардского университета Джон Смит', Official(None, 'профессор', Person(None, 'Джон', None, 'Смит'), organization='Гарвардский университет')),
    ('профессором МГИМО Андреем Зубовым', Official(None, 'профессор', Person(None, 'Андрей', None, 'Зубов'), organization='МГИМО')),
    ('доцента кафедры истории Ирины Павловой', Official(None, 'доцент кафедры истории', Person(None, 'Ирина', None, 'Павлова'))),
    ('преподаватель Высшей школы экономики Олег Будько', Official(None, 'преподаватель', Person(None, 'Олег', None, 'Будько'), organization='Высшая школа экономики')),
    # --- a soft-sign stem in the instrumental: "Ёлем" is "Ёль", "Тьинем" is "Тьинь"
    ('президентом Южной Кореи Юн Сок Ёлем', Official(None, 'президент', Person(None, 'Сок Ёль', None, 'Юн'), place='Южная Корея')),
    ('губернатором провинции Хубэй Ван Чжунлинем', Official(None, 'губернатор', Person(None, 'Чжунлинь', None, 'Ван'), place='провинция Хубэй')),
    ('премьер-министром Вьетнама Фам Минь Тьинем', Official(None, 'премьер-министр', Person(None, 'Минь Тьинь', None, 'Фам'), place='Вьетнам')),
    # --- a first name the dictionary has only as a place, before a surname it knows
    ('глава МИД Армении Арарат Мирзоян', Official(None, 'глава', Person(None, 'Арарат', None, 'Мирзоян'), organization='МИД', place='Армения')),
    ('министр спорта Дагестана Эльбрус Гаджиев', Official(None, 'министр спорта', Person(None, 'Эльбрус', None, 'Гаджиев'), place='Дагестан')),
    # --- names of three and four words: a second given name, a second surname, a particle
    ('президент Мексики Андрес Мануэль Лопес Обрадор', Official(None, 'президент', Person(None, 'Андрес', 'Мануэль', 'Лопес Обрадор'), place='Мексика')),
    ('главный тренер «Спартака» Хосе Мануэль Гарсия Ортега', Official(None, 'главный тренер', Person(None, 'Хосе', 'Мануэль', 'Гарсия Ортега'), organization='Спартак')),
    # of three words the middle one is ``middle`` unless a particle or a known first name before two
    # surnames marks it (the whole name reads the same either way)
    ('глава Центробанка Колумбии Леонардо Вильяр Гомес', Official(None, 'глава', Person(None, 'Леонардо', 'Вильяр', 'Гомес'), organization='Центробанк', place='Колумбия')),
    ('министр иностранных дел Филиппин Мария Тереса Ласаро', Official(None, 'министр иностранных дел', Person(None, 'Мария', 'Тереса', 'Ласаро'), place='Филиппины')),
    ('президент Бразилии Луис Инасиу Лула да Силва', Official(None, 'президент', Person(None, 'Луис', 'Инасиу', 'Лула да Силва'), place='Бразилия')),
    ('губернатор штата Висконсин Скотт Кевин Уокер', Official(None, 'губернатор', Person(None, 'Скотт', 'Кевин', 'Уокер'), place='штат Висконсин')),
    ('президент Эстонии Тоомас Хендрик Ильвес', Official(None, 'президент', Person(None, 'Тоомас', 'Хендрик', 'Ильвес'), place='Эстония')),
    # --- an indeclinable place's name as a surname after a first name
    ('президент МОК Кирсти Ковентри', Official(None, 'президент', Person(None, 'Кирсти', None, 'Ковентри'), organization='МОК')),
    # --- a first name that is also a place: the place's genitive after a post is the place
    ('глава Банка Мексики Виктория Родригес Сеха', Official(None, 'глава', Person(None, 'Виктория', None, 'Родригес Сеха'), organization='Банк Мексики')),
    ('министра обороны Израиля Эхуда Барака', Official(None, 'министр обороны', Person(None, 'Эхуд', None, 'Барак'), place='Израиль')),
    # --- a guessed woman's name in the plural says nothing of the gender
    ('председателем концерна «Туркменгаз» Мыратом Арчаевым', Official(None, 'председатель', Person(None, 'Мырат', None, 'Арчаев'), organization='Туркменгаз')),
    # --- one gender for the name, from the dictionary or the surname, never from a guess
    ('генерального директора Nokia Пекки Лундмарка', Official(None, 'генеральный директор', Person(None, 'Пекка', None, 'Лундмарк'), organization='Nokia')),
    ('верховном муфтии Крыма Эмирхане Сеитове', Official(None, 'верховный муфтий', Person(None, 'Эмирхан', None, 'Сеитов'), place='Крым')),
    ('министра обороны Кувейта шейха Абдуллы бен Али Аль Сабаха', Official(None, 'министр обороны', Person(None, 'Абдулла', None, 'бен Али Аль Сабах'), place='Кувейт')),
    ('министре здравоохранения Катара шейхе Джассиме бен Хамаде Аль Тани', Official(None, 'министр здравоохранения', Person(None, 'Джассим', None, 'бен Хамад Аль Тани'), place='Катар')),
    ('продюсер Харви Вайнштейн', Official(None, 'продюсер', Person(None, 'Харви', None, 'Вайнштейн'))),
    # --- a republic named by two words; a word pymorphy2 cannot parse opens no decree-order name
    ('Глава Республики Марий Эл Юрий Викторович Зайцев', Official(None, 'глава', Person(None, 'Юрий', 'Викторович', 'Зайцев'), place='Республика Марий Эл')),
    # --- "зав-" heads that do not decline, a crown princess by her first name
    ('завотделом культуры Маргарите Беловой', Official(None, 'завотделом культуры', Person(None, 'Маргарита', None, 'Белова'))),
    ('кронпринцесса Швеции Виктория', Official(None, 'кронпринцесса', Person(None, 'Виктория', None, None), place='Швеция')),
    # --- a council attached to a body ("при ..."); no body ends in a preposition or "и"
    ('член Экспертного совета при ФАС России Олег Ветров', Official(None, 'член', Person(None, 'Олег', None, 'Ветров'), organization='Экспертный совет при ФАС России')),
    ('Зампредседателя Общественного совета при ГУ МВД России по Москве Антон Цветков', Official(None, 'зампредседателя', Person(None, 'Антон', None, 'Цветков'), organization='Общественный совет при ГУ МВД России', place='Москва')),
    # --- after a dash a post in an oblique case shares the name's case
    ('Яну Когоуту — министру иностранных дел Чехии', Official(None, 'министр иностранных дел', Person(None, 'Ян', None, 'Когоут'), place='Чехия')),
    # --- a colon between the post and the name, as a dash
    ('Руководитель РУСАДА: Вячеслав Синев', Official(None, 'руководитель', Person(None, 'Вячеслав', None, 'Синев'), organization='РУСАДА')),
    ('Министр финансов: Антон Силуанов', Official(None, 'министр финансов', Person(None, 'Антон', None, 'Силуанов'))),
    # --- bodies named by their members, after the post and before the name
    ('Председатель Совета министров Иван Петров', Official(None, 'председатель', Person(None, 'Иван', None, 'Петров'), organization='Совет министров')),
    ('член Палаты представителей Габриэль Гиффордс', Official(None, 'член', Person(None, 'Габриэль', None, 'Гиффордс'), organization='Палата представителей')),
    ('спикер Палаты представителей Нэнси Пелоси', Official(None, 'спикер', Person(None, 'Нэнси', None, 'Пелоси'), organization='Палата представителей')),
    ('Президент Российской Федерации Владимир Владимирович Путин', Official(None, 'президент', Person(None, 'Владимир', 'Владимирович', 'Путин'), place='Российская Федерация')),
    # --- numbered units: an ordinal before the unit, "№" after it
    ('заместитель начальника 75-го отдела полиции Олег Прохоренко', Official(None, 'заместитель начальника 75-го отдела полиции', Person(None, 'Олег', None, 'Прохоренко'))),
    ('командир 79-й десантной бригады Валерий Чибинеев', Official(None, 'командир 79-й десантной бригады', Person(None, 'Валерий', None, 'Чибинеев'))),
    ('директор школы № 1 Махачкалы Ирина Бандурина', Official(None, 'директор школы № 1', Person(None, 'Ирина', None, 'Бандурина'), place='Махачкала')),
    ('начальнику отдела полиции № 5 Олегу Прохоренко', Official(None, 'начальник отдела полиции № 5', Person(None, 'Олег', None, 'Прохоренко'))),
    # --- a surname the dictionary knows as a place, after a foreign first name
    ('экс-президент Сальвадора Франсиско Флорес', Official(None, 'президент', Person(None, 'Франсиско', None, 'Флорес'), place='Сальвадор')),
    ('президентом Франсиско Флоресом', Official(None, 'президент', Person(None, 'Франсиско', None, 'Флорес'))),
    # --- "ведущий" as a part of the post; a military district is a body, not a region
    ('ведущий аналитик Freedom Finance Global Наталья Мильчакова', Official(None, 'ведущий аналитик', Person(None, 'Наталья', None, 'Мильчакова'), organization='Freedom Finance Global')),
]

IN_CONTEXT = [  # (sentence, [(mention, fact), ...]): every Official in the sentence, in order
    # --- the post first, a circumstance, the copula, then the holder
    ('Мэром Новосибирска вновь избран Анатолий Локоть.', [
        ('Мэром Новосибирска вновь избран Анатолий Локоть', Official(None, 'мэр', Person(None, 'Анатолий', None, 'Локоть'), place='Новосибирск')),
    ]),
    ('Канцлером Германии в декабре 2021 года стал Олаф Шольц.', [
        ('Канцлером Германии в декабре 2021 года стал Олаф Шольц', Official(None, 'канцлер', Person(None, 'Олаф', None, 'Шольц'), place='Германия')),
    ]),
    ('Главой госкорпорации «Ростех» по-прежнему остаётся Сергей Чемезов.', [
        ('Главой госкорпорации «Ростех» по-прежнему остаётся Сергей Чемезов', Official(None, 'глава', Person(None, 'Сергей', None, 'Чемезов'), organization='Ростех')),
    ]),
    # --- an age between the comma and the post
    ('Антон Ведерников, 45-летний глава Сургутского района, скончался.', [
        ('Антон Ведерников, 45-летний глава Сургутского района', Official(None, 'глава', Person(None, 'Антон', None, 'Ведерников'), place='Сургутский район')),
    ]),
    # --- the first of a kind to hold the post
    ('Кармен Мелендес стала первой женщиной на посту главы военного ведомства Венесуэлы.', [
        ('Кармен Мелендес стала первой женщиной на посту главы военного ведомства Венесуэлы', Official(None, 'глава военного ведомства', Person(None, 'Кармен', None, 'Мелендес'), place='Венесуэла')),
    ]),
    ('Иван Петров стал первым иностранцем в должности главного тренера сборной.', [
        ('Иван Петров стал первым иностранцем в должности главного тренера сборной', Official(None, 'главный тренер сборной', Person(None, 'Иван', None, 'Петров'))),
    ]),
    # --- appointed by no one named: the holder is the object of "назначили", "избрали"
    ('Анну Петрову избрали мэром Твери.', [
        ('Анну Петрову избрали мэром Твери', Official(None, 'мэр', Person(None, 'Анна', None, 'Петрова'), place='Тверь')),
    ]),
    ('Марио Драги назначили новым главой Европейского центрального банка.', [
        ('Марио Драги назначили новым главой Европейского центрального банка', Official(None, 'глава', Person(None, 'Марио', None, 'Драги'), organization='Европейский центральный банк')),
    ]),
    # --- a list whose holders say where each comes from
    ('Выступили сенаторы Джон Тун из Южной Дакоты и Тим Скотт из Южной Каролины.', [
        ('сенаторы Джон Тун из Южной Дакоты и Тим Скотт из Южной Каролины', Official(None, 'сенатор', Person(None, 'Джон', None, 'Тун'))),
        ('сенаторы Джон Тун из Южной Дакоты и Тим Скотт из Южной Каролины', Official(None, 'сенатор', Person(None, 'Тим', None, 'Скотт'))),
    ]),
    # --- two posts joined by "и" share the body and place named after both
    ('Художественный руководитель и генеральный директор Мариинского театра Валерий Гергиев выступил.', [
        ('Художественный руководитель и генеральный директор Мариинского театра Валерий Гергиев', Official(None, 'генеральный директор', Person(None, 'Валерий', None, 'Гергиев'), organization='Мариинский театр')),
        ('Художественный руководитель и генеральный директор Мариинского театра Валерий Гергиев', Official(None, 'художественный руководитель', Person(None, 'Валерий', None, 'Гергиев'), organization='Мариинский театр')),
    ]),
    ('Бывший президент и премьер-министр Израиля Шимон Перес прибыл в Рим.', [
        ('Бывший президент и премьер-министр Израиля Шимон Перес', Official(None, 'президент', Person(None, 'Шимон', None, 'Перес'), place='Израиль')),
        ('Бывший президент и премьер-министр Израиля Шимон Перес', Official(None, 'премьер-министр', Person(None, 'Шимон', None, 'Перес'), place='Израиль')),
    ]),
    # --- "с 2022 года" after the body is a time, not part of it
    ('Работу оценил Луиш Карвалью — председатель Европейской счётной палаты с 2022 года.', [
        ('Луиш Карвалью — председатель Европейской счётной палаты', Official(None, 'председатель', Person(None, 'Луиш', None, 'Карвалью'), organization='Европейская счётная палата')),
    ]),
    ('Жуан Фигейра — генеральный директор Европейского агентства по безопасности полётов с весны 2023 года.', [
        ('Жуан Фигейра — генеральный директор Европейского агентства по безопасности полётов', Official(None, 'генеральный директор', Person(None, 'Жуан', None, 'Фигейра'), organization='Европейское агентство по безопасности полётов')),
    ]),
    # --- a hyphen inside a word is no dash between a name and a post
    # ... while a dash between two posts gives both to the holder
    ('Статс-секретарь — заместитель руководителя ФАС Сергей Пузыревский заявил.', [
        ('Статс-секретарь — заместитель руководителя ФАС Сергей Пузыревский', Official(None, 'заместитель руководителя', Person(None, 'Сергей', None, 'Пузыревский'), organization='ФАС')),
        ('Статс-секретарь — заместитель руководителя ФАС Сергей Пузыревский', Official(None, 'статс-секретарь', Person(None, 'Сергей', None, 'Пузыревский'), organization='ФАС')),
    ]),
    ('Статс-секретарь Минфина Алексей Сазанов заявил.', [
        ('Статс-секретарь Минфина Алексей Сазанов', Official(None, 'статс-секретарь', Person(None, 'Алексей', None, 'Сазанов'), organization='Минфин')),
    ]),
    # --- a genitive owner before a name is no first name, and a Russian surname takes no second one
    ('Адвокат Мирзаева Алексей Гребенской подал жалобу.', [
        ('Адвокат Мирзаева Алексей Гребенской', Official(None, 'адвокат', Person(None, 'Алексей', None, 'Гребенской'))),
    ]),
    ('Президент Нурсултан Назарбаев Дарига Назарбаева выступила.', [
        ('Президент Нурсултан Назарбаев', Official(None, 'президент', Person(None, 'Нурсултан', None, 'Назарбаев'))),
    ]),
    ('Главы МИД Армении и Азербайджана Арарат Мирзоян и Джейхун Байрамов встретились в Алма-Ате.', [
        ('Главы МИД Армении и Азербайджана Арарат Мирзоян и Джейхун Байрамов', Official(None, 'глава', Person(None, 'Арарат', None, 'Мирзоян'), organization='МИД', place='Армения')),
        ('Главы МИД Армении и Азербайджана Арарат Мирзоян и Джейхун Байрамов', Official(None, 'глава', Person(None, 'Джейхун', None, 'Байрамов'), organization='МИД', place='Азербайджан')),
    ]),  # a body shared by two holders with paired places; "Арарат" is a place to the dictionary
    # === the classes above, inside sentences
    ('Владимир Путин провёл переговоры с президентом Турции Реджепом Тайипом Эрдоганом.', [
        ('президентом Турции Реджепом Тайипом Эрдоганом', Official(None, 'президент', Person(None, 'Реджеп', 'Тайип', 'Эрдоган'), place='Турция')),
    ]),
    ('По словам губернатора Томской области Игоря Зотова, мост откроют весной.', [
        ('губернатора Томской области Игоря Зотова', Official(None, 'губернатор', Person(None, 'Игорь', None, 'Зотов'), place='Томская область')),
    ]),
    ('Запрос направили главе Минздрава Ирине Котовой ещё в марте.', [
        ('главе Минздрава Ирине Котовой', Official(None, 'глава', Person(None, 'Ирина', None, 'Котова'), organization='Минздрав')),
    ]),
    ('Анатолий Карпов, почётный президент Шахматной федерации, вручил призы победителям.', [
        ('Анатолий Карпов, почётный президент Шахматной федерации', Official(None, 'почётный президент', Person(None, 'Анатолий', None, 'Карпов'), organization='Шахматная федерация')),
    ]),
    ('С королём Карлом III встретился премьер-министр Канады Марк Карни.', [
        ('королём Карлом III', Official(None, 'король', Person(None, 'Карл III', None, None))),
        ('премьер-министр Канады Марк Карни', Official(None, 'премьер-министр', Person(None, 'Марк', None, 'Карни'), place='Канада')),
    ]),
    ('Сделку одобрил директор АО «Северсталь-менеджмент» Олег Петров.', [
        ('директор АО «Северсталь-менеджмент» Олег Петров', Official(None, 'директор', Person(None, 'Олег', None, 'Петров'), organization='Северсталь-менеджмент')),
    ]),
    ('Об отставке сообщил пресс-секретарь Текслера Андрей Лунёв.', [
        ('пресс-секретарь Текслера Андрей Лунёв', Official(None, 'пресс-секретарь', Person(None, 'Андрей', None, 'Лунёв'))),
    ]),
    ('В Пекине прошла встреча с премьером Госсовета КНР Ли Цяном.', [
        ('премьером Госсовета КНР Ли Цяном', Official(None, 'премьер', Person(None, 'Цян', None, 'Ли'), organization='Госсовет', place='КНР')),
    ]),
    ('Переговоры с эмиром Катара шейхом Тамимом бин Хамадом Аль Тани прошли в Дохе.', [
        ('эмиром Катара шейхом Тамимом бин Хамадом Аль Тани', Official(None, 'эмир', Person(None, 'Тамим', None, 'бин Хамад Аль Тани'), place='Катар')),
    ]),
    ('Доклад представил окружной судья Роберт Дж. Шелби.', [
        ('окружной судья Роберт Дж. Шелби', Official(None, 'окружной судья', Person(None, 'Роберт', 'Дж.', 'Шелби'))),
    ]),
    ('Вселенский патриарх Варфоломей прибыл в Киев.', [
        ('Вселенский патриарх Варфоломей', Official(None, 'вселенский патриарх', Person(None, 'Варфоломей', None, None))),
    ]),
    ('Как рассказала пресс-атташе посольства Франции Клер Дюбуа, визы начнут выдавать в июне.', [
        ('пресс-атташе посольства Франции Клер Дюбуа', Official(None, 'пресс-атташе посольства', Person(None, 'Клер', None, 'Дюбуа'), place='Франция')),
    ]),
    ('Мы поговорили с премьер-министром земли Саксония Михаэлем Кречмером.', [
        ('премьер-министром земли Саксония Михаэлем Кречмером', Official(None, 'премьер-министр', Person(None, 'Михаэль', None, 'Кречмер'), place='земля Саксония')),
    ]),

    # === 16. lists: one plural post, several holders; paired lists
    ('Проект поддержали члены-корреспонденты РАН Ирина Сергеева, Павел Орлов и Андрей Котов.', [
        ('члены-корреспонденты РАН Ирина Сергеева, Павел Орлов и Андрей Котов', Official(None, 'член-корреспондент', Person(None, 'Ирина', None, 'Сергеева'), organization='РАН')),
        ('члены-корреспонденты РАН Ирина Сергеева, Павел Орлов и Андрей Котов', Official(None, 'член-корреспондент', Person(None, 'Павел', None, 'Орлов'), organization='РАН')),
        ('члены-корреспонденты РАН Ирина Сергеева, Павел Орлов и Андрей Котов', Official(None, 'член-корреспондент', Person(None, 'Андрей', None, 'Котов'), organization='РАН')),
    ]),
    ('Переговоры провели министры обороны России и Китая Сергей Шойгу и Вэй Фэнхэ.', [
        ('министры обороны России и Китая Сергей Шойгу и Вэй Фэнхэ', Official(None, 'министр обороны', Person(None, 'Сергей', None, 'Шойгу'), place='Россия')),
        ('министры обороны России и Китая Сергей Шойгу и Вэй Фэнхэ', Official(None, 'министр обороны', Person(None, 'Фэнхэ', None, 'Вэй'), place='Китай')),
    ]),
    ('Соглашение подписали губернаторы Тульской и Калужской областей Олег Рыбин и Пётр Зуев.', [
        ('губернаторы Тульской и Калужской областей Олег Рыбин и Пётр Зуев', Official(None, 'губернатор', Person(None, 'Олег', None, 'Рыбин'), place='Тульская область')),
        ('губернаторы Тульской и Калужской областей Олег Рыбин и Пётр Зуев', Official(None, 'губернатор', Person(None, 'Пётр', None, 'Зуев'), place='Калужская область')),
    ]),
    ('На совещании выступили вице-премьеры Ольга Белова и Максим Зайцев.', [
        ('вице-премьеры Ольга Белова и Максим Зайцев', Official(None, 'вице-премьер', Person(None, 'Ольга', None, 'Белова'))),
        ('вице-премьеры Ольга Белова и Максим Зайцев', Official(None, 'вице-премьер', Person(None, 'Максим', None, 'Зайцев'))),
    ]),
    ('Поправки подготовили заместители министра финансов Алексей Лавров и Иван Чебесков.', [
        ('заместители министра финансов Алексей Лавров и Иван Чебесков', Official(None, 'заместитель министра финансов', Person(None, 'Алексей', None, 'Лавров'))),
        ('заместители министра финансов Алексей Лавров и Иван Чебесков', Official(None, 'заместитель министра финансов', Person(None, 'Иван', None, 'Чебесков'))),
    ]),
    ('Президент встретился с депутатами Госдумы Ириной Ветровой и Олегом Сомовым.', [
        ('депутатами Госдумы Ириной Ветровой и Олегом Сомовым', Official(None, 'депутат', Person(None, 'Ирина', None, 'Ветрова'), organization='Госдума')),
        ('депутатами Госдумы Ириной Ветровой и Олегом Сомовым', Official(None, 'депутат', Person(None, 'Олег', None, 'Сомов'), organization='Госдума')),
    ]),  # the bare "Президент" has no name
    ('В форуме участвовали мэры Казани и Уфы Ильсур Метшин и Ратмир Мавлиев.', [
        ('мэры Казани и Уфы Ильсур Метшин и Ратмир Мавлиев', Official(None, 'мэр', Person(None, 'Ильсур', None, 'Метшин'), place='Казань')),
        ('мэры Казани и Уфы Ильсур Метшин и Ратмир Мавлиев', Official(None, 'мэр', Person(None, 'Ратмир', None, 'Мавлиев'), place='Уфа')),
    ]),
    ('Письмо подписали сенаторы Ирина Ветрова, Олег Зуев и Анна Котова.', [
        ('сенаторы Ирина Ветрова, Олег Зуев и Анна Котова', Official(None, 'сенатор', Person(None, 'Ирина', None, 'Ветрова'))),
        ('сенаторы Ирина Ветрова, Олег Зуев и Анна Котова', Official(None, 'сенатор', Person(None, 'Олег', None, 'Зуев'))),
        ('сенаторы Ирина Ветрова, Олег Зуев и Анна Котова', Official(None, 'сенатор', Person(None, 'Анна', None, 'Котова'))),
    ]),
    ('Жалобу рассмотрели судьи Конституционного суда Ольга Ветрова и Игорь Зотов.', [
        ('судьи Конституционного суда Ольга Ветрова и Игорь Зотов', Official(None, 'судья', Person(None, 'Ольга', None, 'Ветрова'), organization='Конституционный суд')),
        ('судьи Конституционного суда Ольга Ветрова и Игорь Зотов', Official(None, 'судья', Person(None, 'Игорь', None, 'Зотов'), organization='Конституционный суд')),
    ]),
    ('Об этом рассказали ректоры МГУ и СПбГУ Виктор Садовничий и Николай Кропачев.', [
        ('ректоры МГУ и СПбГУ Виктор Садовничий и Николай Кропачев', Official(None, 'ректор', Person(None, 'Виктор', None, 'Садовничий'), organization='МГУ')),
        ('ректоры МГУ и СПбГУ Виктор Садовничий и Николай Кропачев', Official(None, 'ректор', Person(None, 'Николай', None, 'Кропачев'), organization='СПбГУ')),
    ]),
    ('Мы поговорили с генеральными директорами «Аэрофлота» и «Победы» Сергеем Александровским и Андреем Калмыковым.', [
        ('генеральными директорами «Аэрофлота» и «Победы» Сергеем Александровским и Андреем Калмыковым', Official(None, 'генеральный директор', Person(None, 'Сергей', None, 'Александровский'), organization='Аэрофлот')),
        ('генеральными директорами «Аэрофлота» и «Победы» Сергеем Александровским и Андреем Калмыковым', Official(None, 'генеральный директор', Person(None, 'Андрей', None, 'Калмыков'), organization='Победа')),
    ]),
    ('Встречу провели послы Германии и Франции в России Ханс Мюллер и Пьер Леруа.', [
        ('послы Германии и Франции в России Ханс Мюллер и Пьер Леруа', Official(None, 'посол', Person(None, 'Ханс', None, 'Мюллер'), place='Германия')),
        ('послы Германии и Франции в России Ханс Мюллер и Пьер Леруа', Official(None, 'посол', Person(None, 'Пьер', None, 'Леруа'), place='Франция')),
    ]),
    ('Приглашения получили президенты Финляндии и Эстонии Александр Стубб и Алар Карис.', [
        ('президенты Финляндии и Эстонии Александр Стубб и Алар Карис', Official(None, 'президент', Person(None, 'Александр', None, 'Стубб'), place='Финляндия')),
        ('президенты Финляндии и Эстонии Александр Стубб и Алар Карис', Official(None, 'президент', Person(None, 'Алар', None, 'Карис'), place='Эстония')),
    ]),
    ('Он зачитал обращение губернаторов Ольги Беловой и Игоря Зотова.', [
        ('губернаторов Ольги Беловой и Игоря Зотова', Official(None, 'губернатор', Person(None, 'Ольга', None, 'Белова'))),
        ('губернаторов Ольги Беловой и Игоря Зотова', Official(None, 'губернатор', Person(None, 'Игорь', None, 'Зотов'))),
    ]),
    ('Решение приняли заместители мэра Москвы Анна Котова, Пётр Зуев и Мария Лосева.', [
        ('заместители мэра Москвы Анна Котова, Пётр Зуев и Мария Лосева', Official(None, 'заместитель мэра', Person(None, 'Анна', None, 'Котова'), place='Москва')),
        ('заместители мэра Москвы Анна Котова, Пётр Зуев и Мария Лосева', Official(None, 'заместитель мэра', Person(None, 'Пётр', None, 'Зуев'), place='Москва')),
        ('заместители мэра Москвы Анна Котова, Пётр Зуев и Мария Лосева', Official(None, 'заместитель мэра', Person(None, 'Мария', None, 'Лосева'), place='Москва')),
    ]),

    # === 17-20. precision: the only correct fact is another one
    ('Встреча с членом Мосгордумы от фракции «Яблоко» Иваном Петровым прошла в среду.', [
        ('членом Мосгордумы от фракции «Яблоко» Иваном Петровым', Official(None, 'член', Person(None, 'Иван', None, 'Петров'), organization='Мосгордума')),
    ]),  # the person is Иван Петров, never "Мосгордума"
    ('Ректор Университета имени Лобачевского Олег Зотов выступил на форуме.', [
        ('Ректор Университета имени Лобачевского Олег Зотов', Official(None, 'ректор', Person(None, 'Олег', None, 'Зотов'), organization='Университет имени Лобачевского')),
    ]),  # Лобачевский belongs to the university's name
    ('Помощник депутата Ирины Котовой задержан в аэропорту.', [
        ('депутата Ирины Котовой', Official(None, 'депутат', Person(None, 'Ирина', None, 'Котова'))),
    ]),  # the assistant is unnamed; the deputy is named
    ('Начальник штаба губернатора Олега Рыбина подал в отставку.', [
        ('губернатора Олега Рыбина', Official(None, 'губернатор', Person(None, 'Олег', None, 'Рыбин'))),
    ]),  # the governed name holds the inner post, not the chief of staff
    ('Супруга губернатора Ольга Смирнова посетила приют, а губернатор Иван Смирнов — больницу.', [
        ('губернатор Иван Смирнов', Official(None, 'губернатор', Person(None, 'Иван', None, 'Смирнов'))),
    ]),  # the wife is no governor
    ('Сын министра Андрей Ветров встретился с министром Олегом Лаптевым.', [
        ('министром Олегом Лаптевым', Official(None, 'министр', Person(None, 'Олег', None, 'Лаптев'))),
    ]),  # the son is no minister
    # === 21. the holder tied to the post by a verb
    # --- "женщина-" before the head: in the mention, not in the position
    ('Ирма Кольт — первая женщина-президент Эстонии.', [
        ('Ирма Кольт — первая женщина-президент Эстонии', Official(None, 'президент', Person(None, 'Ирма', None, 'Кольт'), place='Эстония')),
    ]),
    ('Лив Ульсен стала первой женщиной-премьером Норвегии.', [
        ('Лив Ульсен стала первой женщиной-премьером Норвегии', Official(None, 'премьер', Person(None, 'Лив', None, 'Ульсен'), place='Норвегия')),
    ]),
    ('Встреча с первой женщиной-губернатором Аляски Сарой Линд прошла в Джуно.', [
        ('первой женщиной-губернатором Аляски Сарой Линд', Official(None, 'губернатор', Person(None, 'Сара', None, 'Линд'), place='Аляска')),
    ]),
    ('Марта Вейс — женщина-мэр Граца.', [
        ('Марта Вейс — женщина-мэр Граца', Official(None, 'мэр', Person(None, 'Марта', None, 'Вейс'), place='Грац')),
    ]),
    # --- a circumstance inside the verb of the office
    ('Олег Дымов занимал в компании должность финансового директора.', [
        ('Олег Дымов занимал в компании должность финансового директора', Official(None, 'финансовый директор', Person(None, 'Олег', None, 'Дымов'))),
    ]),
    ('Игорь Панин с 2012 года занимает пост мэра Костромы.', [
        ('Игорь Панин с 2012 года занимает пост мэра Костромы', Official(None, 'мэр', Person(None, 'Игорь', None, 'Панин'), place='Кострома')),
    ]),
    ('Вера Холод до 2019 года занимала должность ректора университета.', [
        ('Вера Холод до 2019 года занимала должность ректора университета', Official(None, 'ректор университета', Person(None, 'Вера', None, 'Холод'))),
    ]),
    ('Зотов исполнял с марта обязанности главы района.', [
        ('Зотов исполнял с марта обязанности главы района', Official(None, 'глава района', Person(None, None, None, 'Зотов'))),
    ]),
    # --- an auxiliary before the verb of the office
    ('Андрей Лузин будет исполнять обязанности главы города до выборов.', [
        ('Андрей Лузин будет исполнять обязанности главы города', Official(None, 'глава города', Person(None, 'Андрей', None, 'Лузин'))),
    ]),
    ('Ольга Нилова продолжит занимать пост министра культуры.', [
        ('Ольга Нилова продолжит занимать пост министра культуры', Official(None, 'министр культуры', Person(None, 'Ольга', None, 'Нилова'))),
    ]),
    # --- a surname alone, then only a time before the verb
    ('Кнедлик в 2003-2005 годах работал министром юстиции.', [
        ('Кнедлик в 2003-2005 годах работал министром юстиции', Official(None, 'министр юстиции', Person(None, None, None, 'Кнедлик'))),
    ]),
    ('Мазуревич с 2010 года является послом Белоруссии в Чехии.', [
        ('Мазуревич с 2010 года является послом Белоруссии в Чехии', Official(None, 'посол', Person(None, None, None, 'Мазуревич'), place='Белоруссия')),
    ]),
    # --- a dictionary surname that is also a possessive adjective, tied by a verb
    ('Смирнов стал губернатором Тверской области.', [
        ('Смирнов стал губернатором Тверской области', Official(None, 'губернатор', Person(None, None, None, 'Смирнов'), place='Тверская область')),
    ]),
    ('Иванова была назначена послом в Словакии.', [
        ('Иванова была назначена послом в Словакии', Official(None, 'посол', Person(None, None, None, 'Иванова'), place='Словакия')),
    ]),
    ('Кузнецов остаётся министром обороны.', [
        ('Кузнецов остаётся министром обороны', Official(None, 'министр обороны', Person(None, None, None, 'Кузнецов'))),
    ]),
    # --- two posts after one copula, the body named once after both
    ('Петров являлся профессором и ректором Казанского университета.', [
        ('Петров являлся профессором и ректором Казанского университета', Official(None, 'профессор', Person(None, None, None, 'Петров'), organization='Казанский университет')),
        ('Петров являлся профессором и ректором Казанского университета', Official(None, 'ректор', Person(None, None, None, 'Петров'), organization='Казанский университет')),
    ]),
    ('Олег Ривкин был избран деканом и заведующим кафедрой.', [
        ('Олег Ривкин был избран деканом и заведующим кафедрой', Official(None, 'декан', Person(None, 'Олег', None, 'Ривкин'))),
        ('Олег Ривкин был избран деканом и заведующим кафедрой', Official(None, 'заведующий кафедрой', Person(None, 'Олег', None, 'Ривкин'))),
    ]),
    # --- a dictionary surname after the kind of place is the holder
    ('В споре победил мэр города Лужков.', [
        ('мэр города Лужков', Official(None, 'мэр города', Person(None, None, None, 'Лужков'))),
    ]),
    # --- adjectives before the kind of body describe the body
    ('Художественный руководитель московского театра «Современник» Галина Волчек выступила.', [
        ('Художественный руководитель московского театра «Современник» Галина Волчек', Official(None, 'художественный руководитель', Person(None, 'Галина', None, 'Волчек'), organization='Современник')),
    ]),
    ('Директор областного драматического театра «Пьеро» Ольга Ветрова выступила.', [
        ('Директор областного драматического театра «Пьеро» Ольга Ветрова', Official(None, 'директор', Person(None, 'Ольга', None, 'Ветрова'), organization='Пьеро')),
    ]),
    # --- a participle, a circumstance, the post
    ('Мария Гуд, избранная 12 марта новым директором МВФ, приступила к работе.', [
        ('Мария Гуд, избранная 12 марта новым директором МВФ', Official(None, 'директор', Person(None, 'Мария', None, 'Гуд'), organization='МВФ')),
    ]),
    ('Сергей Лавин, назначенный в 2010 году послом Литвы, вернулся в Вильнюс.', [
        ('Сергей Лавин, назначенный в 2010 году послом Литвы', Official(None, 'посол', Person(None, 'Сергей', None, 'Лавин'), place='Литва')),
    ]),
    ('Среди кандидатов называют Петра Оленина, в 1999 г. выполнявшего обязанности главы Минфина.', [
        ('Петра Оленина, в 1999 г. выполнявшего обязанности главы Минфина', Official(None, 'глава', Person(None, 'Петр', None, 'Оленин'), organization='Минфин')),
    ]),
    ('Иван Ракитин в 2005 г. занимал пост мэра Пскова.', [
        ('Иван Ракитин в 2005 г. занимал пост мэра Пскова', Official(None, 'мэр', Person(None, 'Иван', None, 'Ракитин'), place='Псков')),
    ]),
    # --- a body of a body, each named by capitalized words
    ('Ранена член Палаты представителей Конгресса США от штата Аризона Анна Смит.', [
        ('член Палаты представителей Конгресса США от штата Аризона Анна Смит', Official(None, 'член', Person(None, 'Анна', None, 'Смит'), organization='Палата представителей Конгресса', place='США')),
    ]),
    ('Выступил председатель Совета министров Конгресса Иван Петров.', [
        ('председатель Совета министров Конгресса Иван Петров', Official(None, 'председатель', Person(None, 'Иван', None, 'Петров'), organization='Совет министров Конгресса')),
    ]),
    ('Заявил командир роты снайперов 79-й десантной бригады Валерий Чибис.', [
        ('командир роты снайперов 79-й десантной бригады Валерий Чибис', Official(None, 'командир роты снайперов 79-й десантной бригады', Person(None, 'Валерий', None, 'Чибис'))),
    ]),
    # --- a surname alone before the office verb and its auxiliary
    ('Как ожидается, Мортенсен будет исполнять обязанности главы правительства Норвегии до осени.', [
        ('Мортенсен будет исполнять обязанности главы правительства Норвегии', Official(None, 'глава правительства', Person(None, None, None, 'Мортенсен'), place='Норвегия')),
    ]),
    ('Кьеза продолжит занимать пост мэра Турина.', [
        ('Кьеза продолжит занимать пост мэра Турина', Official(None, 'мэр', Person(None, None, None, 'Кьеза'), place='Турин')),
    ]),
    # --- where the holder is the first or the youngest of all
    ('Варга является самым молодым в истории премьер-министром Венгрии.', [
        ('Варга является самым молодым в истории премьер-министром Венгрии', Official(None, 'премьер-министр', Person(None, None, None, 'Варга'), place='Венгрия')),
    ]),
    ('Марта Вейс стала самым молодым в истории страны мэром Граца.', [
        ('Марта Вейс стала самым молодым в истории страны мэром Граца', Official(None, 'мэр', Person(None, 'Марта', None, 'Вейс'), place='Грац')),
    ]),
    ('Кинтана стала первой женщиной на посту министра юстиции Перу.', [
        ('Кинтана стала первой женщиной на посту министра юстиции Перу', Official(None, 'министр юстиции', Person(None, None, None, 'Кинтана'), place='Перу')),
    ]),
    # === 23. succession: who takes the post and who held it before, a fact for each
    ('Иван Петров сменил Олега Зуева на посту мэра Твери.', [
        ('Иван Петров сменил Олега Зуева на посту мэра Твери', Official(None, 'мэр', Person(None, 'Иван', None, 'Петров'), place='Тверь')),
        ('Иван Петров сменил Олега Зуева на посту мэра Твери', Official(None, 'мэр', Person(None, 'Олег', None, 'Зуев'), place='Тверь')),
    ]),
    ('Анна Смирнова сменит Ольгу Котову в должности ректора университета.', [
        ('Анна Смирнова сменит Ольгу Котову в должности ректора университета', Official(None, 'ректор университета', Person(None, 'Анна', None, 'Смирнова'))),
        ('Анна Смирнова сменит Ольгу Котову в должности ректора университета', Official(None, 'ректор университета', Person(None, 'Ольга', None, 'Котова'))),
    ]),
    ('Губернатор Андрей Воронов сменил Ивана Петрова на посту главы района.', [
        ('Губернатор Андрей Воронов', Official(None, 'губернатор', Person(None, 'Андрей', None, 'Воронов'))),
        ('Андрей Воронов сменил Ивана Петрова на посту главы района', Official(None, 'глава района', Person(None, 'Иван', None, 'Петров'))),
    ]),  # a governor replaced the head of the district: the subject with a post of his own is no successor
    ('Павел Ершов, сменивший Игоря Лунина на посту генерального директора «Ростеха», провёл совещание.', [
        ('Павел Ершов, сменивший Игоря Лунина на посту генерального директора «Ростеха»', Official(None, 'генеральный директор', Person(None, 'Павел', None, 'Ершов'), organization='Ростех')),
        ('Павел Ершов, сменивший Игоря Лунина на посту генерального директора «Ростеха»', Official(None, 'генеральный директор', Person(None, 'Игорь', None, 'Лунин'), organization='Ростех')),
    ]),
    ('Сменивший Виктора Ракова на посту главы «Севмаша» Олег Дроздов пообещал сохранить заказы.', [
        ('Сменивший Виктора Ракова на посту главы «Севмаша» Олег Дроздов', Official(None, 'глава', Person(None, 'Виктор', None, 'Раков'), organization='Севмаш')),
        ('Сменивший Виктора Ракова на посту главы «Севмаша» Олег Дроздов', Official(None, 'глава', Person(None, 'Олег', None, 'Дроздов'), organization='Севмаш')),
    ]),
    ('На посту председателя правления банка Андрея Лосева сменил Герман Орлов.', [
        ('На посту председателя правления банка Андрея Лосева сменил Герман Орлов', Official(None, 'председатель правления банка', Person(None, 'Андрей', None, 'Лосев'))),
        ('На посту председателя правления банка Андрея Лосева сменил Герман Орлов', Official(None, 'председатель правления банка', Person(None, 'Герман', None, 'Орлов'))),
    ]),
    ('В должности посла Франции в Японии Пьера Дюпона сменил Луи Мартен.', [
        ('В должности посла Франции в Японии Пьера Дюпона сменил Луи Мартен', Official(None, 'посол', Person(None, 'Пьер', None, 'Дюпон'), place='Франция')),
        ('В должности посла Франции в Японии Пьера Дюпона сменил Луи Мартен', Official(None, 'посол', Person(None, 'Луи', None, 'Мартен'), place='Франция')),
    ]),
    ('Он сообщил, что на посту главы компании его сменит Олег Зорин.', [
        ('на посту главы компании его сменит Олег Зорин', Official(None, 'глава компании', Person(None, 'Олег', None, 'Зорин'))),
    ]),  # the one before, named by a pronoun, gets no fact
    # === 24. a clause, an aside or a pair of rank words between the name and the post
    ('Наталья Лосева, ранее работавшая заместителем главы администрации Тулы, назначена директором лицея № 2.', [
        ('Наталья Лосева, ранее работавшая заместителем главы администрации Тулы, назначена директором лицея № 2', Official(None, 'директор лицея № 2', Person(None, 'Наталья', None, 'Лосева'))),
        ('Наталья Лосева, ранее работавшая заместителем главы администрации Тулы', Official(None, 'заместитель главы администрации', Person(None, 'Наталья', None, 'Лосева'), place='Тула')),
    ]),  # the clause holds a post of its own
    ('Скончался Евгений Прохоров, занимавший посты министра иностранных дел и председателя правительства России.', [
        ('Евгений Прохоров, занимавший посты министра иностранных дел и председателя правительства России', Official(None, 'министр иностранных дел', Person(None, 'Евгений', None, 'Прохоров'), place='Россия')),
        ('Евгений Прохоров, занимавший посты министра иностранных дел и председателя правительства России', Official(None, 'председатель правительства', Person(None, 'Евгений', None, 'Прохоров'), place='Россия')),
    ]),
    ('Министр иностранных дел и вице-премьер Иван Петров выступил.', [
        ('Министр иностранных дел и вице-премьер Иван Петров', Official(None, 'вице-премьер', Person(None, 'Иван', None, 'Петров'))),
        ('Министр иностранных дел и вице-премьер Иван Петров', Official(None, 'министр иностранных дел', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('Олег Ветров, по данным источника, будет назначен послом в Чили.', [
        ('Олег Ветров, по данным источника, будет назначен послом в Чили', Official(None, 'посол', Person(None, 'Олег', None, 'Ветров'), place='Чили')),
    ]),
    ('Иван Петров, о котором писали газеты, стал министром финансов.', [
        ('Иван Петров, о котором писали газеты, стал министром финансов', Official(None, 'министр финансов', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('Иван Соколов (1950 года рождения) — депутат Государственной думы трёх созывов — скончался.', [
        ('Иван Соколов (1950 года рождения) — депутат Государственной думы', Official(None, 'депутат', Person(None, 'Иван', None, 'Соколов'), organization='Государственная дума')),
    ]),
    ('Умер Павел Ершов, первый и последний президент Ассоциации кикбоксинга.', [
        ('Павел Ершов, первый и последний президент Ассоциации кикбоксинга', Official(None, 'президент', Person(None, 'Павел', None, 'Ершов'), organization='Ассоциация кикбоксинга')),
    ]),
    # --- a participle of appointment before the post and the name
    ('Избранная в марте мэром Пскова Ольга Лунина выступила.', [
        ('Избранная в марте мэром Пскова Ольга Лунина', Official(None, 'мэр', Person(None, 'Ольга', None, 'Лунина'), place='Псков')),
    ]),
    # --- a body's abbreviation and whom it is named after
    ('Ректором МГУ имени Ломоносова уже более тридцати лет является Виктор Садовничий.', [
        ('Ректором МГУ имени Ломоносова уже более тридцати лет является Виктор Садовничий', Official(None, 'ректор', Person(None, 'Виктор', None, 'Садовничий'), organization='МГУ имени Ломоносова')),
    ]),
    # === 25. two posts after one verb with a circumstance, or after "совмещает должности"
    ('Десислава Петрова с 2021 года является депутатом и заместителем председателя Народного собрания Болгарии.', [
        ('Десислава Петрова с 2021 года является депутатом и заместителем председателя Народного собрания Болгарии', Official(None, 'депутат', Person(None, 'Десислава', None, 'Петрова'), organization='Народное собрание', place='Болгария')),
        ('Десислава Петрова с 2021 года является депутатом и заместителем председателя Народного собрания Болгарии', Official(None, 'заместитель председателя', Person(None, 'Десислава', None, 'Петрова'), organization='Народное собрание', place='Болгария')),
    ]),
    ('Карин Ланге в 2010–2014 годах была вице-канцлером и министром экономики Австрии.', [
        ('Карин Ланге в 2010–2014 годах была вице-канцлером и министром экономики Австрии', Official(None, 'вице-канцлер', Person(None, 'Карин', None, 'Ланге'), place='Австрия')),
        ('Карин Ланге в 2010–2014 годах была вице-канцлером и министром экономики Австрии', Official(None, 'министр экономики', Person(None, 'Карин', None, 'Ланге'), place='Австрия')),
    ]),
    ('Олег Рябов совмещает посты мэра и председателя городской думы.', [
        ('Олег Рябов совмещает посты мэра и председателя городской думы', Official(None, 'мэр', Person(None, 'Олег', None, 'Рябов'))),
        ('Олег Рябов совмещает посты мэра и председателя городской думы', Official(None, 'председатель городской думы', Person(None, 'Олег', None, 'Рябов'))),
    ]),
    # --- a surname the dictionary knows only as another word, its ending a nominative's
    ('Андрей Лыков остается директором Омского драматического театра.', [
        ('Андрей Лыков остается директором Омского драматического театра', Official(None, 'директор', Person(None, 'Андрей', None, 'Лыков'), organization='Омский драматический театр')),
    ]),
    ('Тимофей Русаков назначен первым заместителем губернатора Липецкой области.', [
        ('Тимофей Русаков назначен первым заместителем губернатора Липецкой области', Official(None, 'первый заместитель губернатора', Person(None, 'Тимофей', None, 'Русаков'), place='Липецкая область')),
    ]),
    # --- a city named with a hyphen, put into the nominative
    ('Мэр Каменска-Уральского Станислав Ерофеев выступил.', [
        ('Мэр Каменска-Уральского Станислав Ерофеев', Official(None, 'мэр', Person(None, 'Станислав', None, 'Ерофеев'), place='Каменск-Уральский')),
    ]),
    ('Встреча с главой Петропавловска-Камчатского Олегом Ивановым прошла вчера.', [
        ('главой Петропавловска-Камчатского Олегом Ивановым', Official(None, 'глава', Person(None, 'Олег', None, 'Иванов'), place='Петропавловск-Камчатский')),
    ]),
    ('Мэр Ростова-на-Дону Алексей Логинов выступил.', [
        ('Мэр Ростова-на-Дону Алексей Логинов', Official(None, 'мэр', Person(None, 'Алексей', None, 'Логинов'), place='Ростов-на-Дону')),
    ]),
    # --- who appointed, between the participle and the office; an adverb after the clause
    ('Андрей Беляев, утверждённый Советом Федерации в должности министра обороны, ранее работал первым вице-премьером.', [
        ('Андрей Беляев, утверждённый Советом Федерации в должности министра обороны, ранее работал первым вице-премьером', Official(None, 'первый вице-премьер', Person(None, 'Андрей', None, 'Беляев'))),
        ('Андрей Беляев, утверждённый Советом Федерации в должности министра обороны', Official(None, 'министр обороны', Person(None, 'Андрей', None, 'Беляев'))),
    ]),
    ('Олег Ветров, назначенный указом президента на пост посла в Чили, прибыл в Сантьяго.', [
        ('Олег Ветров, назначенный указом президента на пост посла в Чили', Official(None, 'посол', Person(None, 'Олег', None, 'Ветров'), place='Чили')),
    ]),
    # === 26. the post taken, then who took it
    ('Пост мэра Твери займёт Олег Зуев.', [
        ('Пост мэра Твери займёт Олег Зуев', Official(None, 'мэр', Person(None, 'Олег', None, 'Зуев'), place='Тверь')),
    ]),
    ('Пост министра финансов Чили получил Марио Гарсес.', [
        ('Пост министра финансов Чили получил Марио Гарсес', Official(None, 'министр финансов', Person(None, 'Марио', None, 'Гарсес'), place='Чили')),
    ]),
    ('Затем кресло президента заняла его жена Инес Ролдан.', [
        ('кресло президента заняла его жена Инес Ролдан', Official(None, 'президент', Person(None, 'Инес', None, 'Ролдан'))),
    ]),
    ('Должность ректора университета заняла Ольга Белова.', [
        ('Должность ректора университета заняла Ольга Белова', Official(None, 'ректор университета', Person(None, 'Ольга', None, 'Белова'))),
    ]),
    ('Выступил народный депутат Украины Мустафа Кемилев.', [
        ('народный депутат Украины Мустафа Кемилев', Official(None, 'народный депутат', Person(None, 'Мустафа', None, 'Кемилев'), place='Украина')),
    ]),
    ('Ставший в феврале генеральным директором «Сибнефтегаза» Павел Шемякин объявил о сокращениях.', [
        ('Ставший в феврале генеральным директором «Сибнефтегаза» Павел Шемякин', Official(None, 'генеральный директор', Person(None, 'Павел', None, 'Шемякин'), organization='Сибнефтегаз')),
    ]),  # a word of the post is no circumstance
    ('Руководитель департамента транспорта и развития дорожно-транспортной инфраструктуры Москвы Игорь Кравец выступил.', [
        ('Руководитель департамента транспорта и развития дорожно-транспортной инфраструктуры Москвы Игорь Кравец', Official(None, 'руководитель департамента транспорта и развития дорожно-транспортной инфраструктуры', Person(None, 'Игорь', None, 'Кравец'), place='Москва')),
    ]),
    # --- a surname whose first name stands before the match is in another case
    ('По словам Ивана Петрова, с которым мы беседовали вчера, назначен новым министром Сергей Смирнов.', [
        ('назначен новым министром Сергей Смирнов', Official(None, 'министр', Person(None, 'Сергей', None, 'Смирнов'))),
    ]),
    ('У Сергея Иванова, как пишут СМИ, был советником Пётр Смирнов.', [
        ('был советником Пётр Смирнов', Official(None, 'советник', Person(None, 'Пётр', None, 'Смирнов'))),
    ]),
    # === 27. where the post is held, between the post and its holder: a
    # noun in the locative ("на переговорах"), or "из" and a place
    ('Об этом сообщил руководитель делегации на переговорах Олег Корнилов.', [
        ('руководитель делегации на переговорах Олег Корнилов', Official(None, 'руководитель делегации', Person(None, 'Олег', None, 'Корнилов'))),
    ]),
    ('Встреча с руководителем делегации на переговорах Олегом Корниловым прошла в Женеве.', [
        ('руководителем делегации на переговорах Олегом Корниловым', Official(None, 'руководитель делегации', Person(None, 'Олег', None, 'Корнилов'))),
    ]),
    ('Директор музея на Мойке Ирина Ступина открыла сезон.', [
        ('Директор музея на Мойке Ирина Ступина', Official(None, 'директор музея', Person(None, 'Ирина', None, 'Ступина'))),
    ]),
    ('Министр финансов в правительстве Канады Билл Морно заявил о дефиците.', [
        ('Министр финансов в правительстве Канады Билл Морно', Official(None, 'министр финансов', Person(None, 'Билл', None, 'Морно'))),
    ]),  # the scene's place is no place of the post
    ('Глава делегации на переговорах в Женеве Джон Керри заявил.', [
        ('Глава делегации на переговорах в Женеве Джон Керри', Official(None, 'глава делегации', Person(None, 'Джон', None, 'Керри'), place='Женева')),
    ]),
    ('Выступление сенатора из Техаса Теда Круза затянулось.', [
        ('сенатора из Техаса Теда Круза', Official(None, 'сенатор', Person(None, 'Тед', None, 'Круз'), place='Техас')),
    ]),  # no one owns a place after "из": the name may be in any case
    ('Генерал в отставке Иван Лыков дал интервью.', [
        ('Генерал в отставке Иван Лыков', Official(None, 'генерал', Person(None, 'Иван', None, 'Лыков'))),
    ]),
    ('Главный тренер сборной на чемпионате Европы Игорь Лапин подвёл итоги.', [
        ('Главный тренер сборной на чемпионате Европы Игорь Лапин', Official(None, 'главный тренер сборной', Person(None, 'Игорь', None, 'Лапин'))),
    ]),
    ('Старший тренер на сборах Павел Ушаков рассказал о планах.', [
        ('Старший тренер на сборах Павел Ушаков', Official(None, 'старший тренер', Person(None, 'Павел', None, 'Ушаков'))),
    ]),
    ('Руководитель штаба на выборах Денис Лаптев отказался от комментариев.', [
        ('Руководитель штаба на выборах Денис Лаптев', Official(None, 'руководитель штаба', Person(None, 'Денис', None, 'Лаптев'))),
    ]),
    ('Наблюдатель на референдуме Карл Штольц назвал голосование честным.', [
        ('Наблюдатель на референдуме Карл Штольц', Official(None, 'наблюдатель', Person(None, 'Карл', None, 'Штольц'))),
    ]),
    ('Представитель компании на выставке Андрей Рябов показал новинки.', [
        ('Представитель компании на выставке Андрей Рябов', Official(None, 'представитель компании', Person(None, 'Андрей', None, 'Рябов'))),
    ]),
    ('Шериф из Аризоны Джон Гиббс задержал подозреваемого.', [
        ('Шериф из Аризоны Джон Гиббс', Official(None, 'шериф', Person(None, 'Джон', None, 'Гиббс'), place='Аризона')),
    ]),
    ('Иск отклонила судья из Бостона Линда Морс.', [
        ('судья из Бостона Линда Морс', Official(None, 'судья', Person(None, 'Линда', None, 'Морс'), place='Бостон')),
    ]),
    ('Губернатор из Калифорнии Гэвин Ньюсом выступил против.', [
        ('Губернатор из Калифорнии Гэвин Ньюсом', Official(None, 'губернатор', Person(None, 'Гэвин', None, 'Ньюсом'), place='Калифорния')),
    ]),
    # --- after the scene a genitive name is whose body it is
    ('Петров работал заместителем министра в правительстве Ивана Сидорова.', [
        ('Петров работал заместителем министра', Official(None, 'заместитель министра', Person(None, None, None, 'Петров'))),
    ]),
    # === 28. a body in words the dictionary does not decline, before a full
    # name that opens with a known first name: the body is kept as written
    ('Корреспондент Би-би-си Стив Розенберг сообщил о взрыве.', [
        ('Корреспондент Би-би-си Стив Розенберг', Official(None, 'корреспондент', Person(None, 'Стив', None, 'Розенберг'), organization='Би-би-си')),
    ]),
    ('Встреча с корреспондентом Би-би-си Стивом Розенбергом прошла.', [
        ('корреспондентом Би-би-си Стивом Розенбергом', Official(None, 'корреспондент', Person(None, 'Стив', None, 'Розенберг'), organization='Би-би-си')),
    ]),
    ('Корреспондент Си-эн-эн Кристиан Аманпур взяла интервью.', [
        ('Корреспондент Си-эн-эн Кристиан Аманпур', Official(None, 'корреспондент', Person(None, 'Кристиан', None, 'Аманпур'), organization='Си-эн-эн')),
    ]),
    ('Аналитик Блумберг Джон Смит предсказал рост.', [
        ('Аналитик Блумберг Джон Смит', Official(None, 'аналитик', Person(None, 'Джон', None, 'Смит'), organization='Блумберг')),
    ]),
    ('Редактор Франкфуртер Альгемайне Томас Краус уволился.', [
        ('Редактор Франкфуртер Альгемайне Томас Краус', Official(None, 'редактор', Person(None, 'Томас', None, 'Краус'), organization='Франкфуртер Альгемайне')),
    ]),
    ('Оператор Аль-Арабии Карим Насер ранен при обстреле.', [
        ('Оператор Аль-Арабии Карим Насер', Official(None, 'оператор', Person(None, 'Карим', None, 'Насер'), organization='Аль-Арабия')),
    ]),
    # === 28b. a monarch's title that is no first name opens a sentence as a title
    ('Император Акихито отрёкся от престола.', [
        ('Император Акихито', Official(None, 'император', Person(None, 'Акихито', None, None))),
    ]),
    ('Королева Елизавета II открыла сессию парламента.', [
        ('Королева Елизавета II', Official(None, 'королева', Person(None, 'Елизавета II', None, None))),
    ]),
    # === 29. a degree, an honorary title or a membership between the post and
    # the name: none of them is a post of its own
    ('Ректор университета доктор наук Игорь Лапин вручил дипломы.', [
        ('Ректор университета доктор наук Игорь Лапин', Official(None, 'ректор университета', Person(None, 'Игорь', None, 'Лапин'))),
    ]),
    ('Директор института доктор исторических наук Олег Зуев заявил.', [
        ('Директор института доктор исторических наук Олег Зуев', Official(None, 'директор института', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    ('Заведующий кафедрой кандидат физико-математических наук Олег Зуев выступил.', [
        ('Заведующий кафедрой кандидат физико-математических наук Олег Зуев', Official(None, 'заведующий кафедрой', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    ('Директор гимназии кандидат педагогических наук Анна Котова заявила.', [
        ('Директор гимназии кандидат педагогических наук Анна Котова', Official(None, 'директор гимназии', Person(None, 'Анна', None, 'Котова'))),
    ]),
    ('Встреча с ректором академии доктором экономических наук Игорем Лапиным прошла.', [
        ('ректором академии доктором экономических наук Игорем Лапиным', Official(None, 'ректор академии', Person(None, 'Игорь', None, 'Лапин'))),
    ]),
    ('Командиру расчёта Герою России Михаилу Котову вручили орден.', [
        ('Командиру расчёта Герою России Михаилу Котову', Official(None, 'командир расчёта', Person(None, 'Михаил', None, 'Котов'))),
    ]),
    ('Командир полка Герой Советского Союза Михаил Котов погиб под Ржевом.', [
        ('Командир полка Герой Советского Союза Михаил Котов', Official(None, 'командир полка', Person(None, 'Михаил', None, 'Котов'))),
    ]),
    ('Командир экипажа Герой Российской Федерации Андрей Лунин выступил.', [
        ('Командир экипажа Герой Российской Федерации Андрей Лунин', Official(None, 'командир экипажа', Person(None, 'Андрей', None, 'Лунин'))),
    ]),
    ('Художественный руководитель театра народный артист России Олег Зуев выступил.', [
        ('Художественный руководитель театра народный артист России Олег Зуев', Official(None, 'художественный руководитель театра', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    ('Спикер парламента член партии «Единство» Иван Лыков заявил.', [
        ('Спикер парламента член партии «Единство» Иван Лыков', Official(None, 'спикер парламента', Person(None, 'Иван', None, 'Лыков'))),
    ]),
    ('Депутат Госдумы член фракции ЛДПР Олег Зуев заявил.', [
        ('Депутат Госдумы член фракции ЛДПР Олег Зуев', Official(None, 'депутат', Person(None, 'Олег', None, 'Зуев'), organization='Госдума')),
    ]),
    # === 30. the duties of a post, then who carries them
    ('Обязанности мэра временно исполняет Иван Лыков.', [
        ('Обязанности мэра временно исполняет Иван Лыков', Official(None, 'мэр', Person(None, 'Иван', None, 'Лыков'))),
    ]),
    ('Обязанности главы комиссии будет исполнять Олег Зуев.', [
        ('Обязанности главы комиссии будет исполнять Олег Зуев', Official(None, 'глава комиссии', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    ('Обязанности губернатора возложены на Ивана Лыкова.', [
        ('Обязанности губернатора возложены на Ивана Лыкова', Official(None, 'губернатор', Person(None, 'Иван', None, 'Лыков'))),
    ]),
    ('Обязанности ректора университета исполняла Анна Котова.', [
        ('Обязанности ректора университета исполняла Анна Котова', Official(None, 'ректор университета', Person(None, 'Анна', None, 'Котова'))),
    ]),
    ('Обязанности министра пока исполняет Пётр Русаков.', [
        ('Обязанности министра пока исполняет Пётр Русаков', Official(None, 'министр', Person(None, 'Пётр', None, 'Русаков'))),
    ]),
    ('Обязанности президента Академии наук возложены на Олега Зуева.', [
        ('Обязанности президента Академии наук возложены на Олега Зуева', Official(None, 'президент', Person(None, 'Олег', None, 'Зуев'), organization='Академия наук')),
    ]),
    # === 32. a calling described by an adjective right before the name
    ('Председателем жюри стал известный режиссёр Павел Лунгин.', [
        ('Председателем жюри стал известный режиссёр Павел Лунгин', Official(None, 'председатель жюри', Person(None, 'Павел', None, 'Лунгин'))),
    ]),
    ('Председателем жюри стала французская актриса Жюльетт Бинош.', [
        ('Председателем жюри стала французская актриса Жюльетт Бинош', Official(None, 'председатель жюри', Person(None, 'Жюльетт', None, 'Бинош'))),
    ]),
    ('Главой комиссии назначен опытный юрист Иван Лыков.', [
        ('Главой комиссии назначен опытный юрист Иван Лыков', Official(None, 'глава комиссии', Person(None, 'Иван', None, 'Лыков'))),
    ]),
    ('Министр иностранных дел опытный дипломат Олег Зуев прибыл в Женеву.', [
        ('Министр иностранных дел опытный дипломат Олег Зуев', Official(None, 'министр иностранных дел', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    ('Капитаном команды выбран молодой защитник Игорь Лапин.', [
        ('Капитаном команды выбран молодой защитник Игорь Лапин', Official(None, 'капитан команды', Person(None, 'Игорь', None, 'Лапин'))),
        ('защитник Игорь Лапин', Official(None, 'защитник', Person(None, 'Игорь', None, 'Лапин'))),
    ]),  # the calling is a post of its own
    ('Тренер сборной итальянец Марко Росси подвёл итоги.', [
        ('Тренер сборной итальянец Марко Росси', Official(None, 'тренер сборной', Person(None, 'Марко', None, 'Росси'))),
    ]),  # the genitive adjective ends the post: it agrees with no calling after it
    # === 33. a participle among the governed words; a region the text named
    # before after the body
    ('Глава объединённого комитета Мартин Смит заявил.', [
        ('Глава объединённого комитета Мартин Смит', Official(None, 'глава объединённого комитета', Person(None, 'Мартин', None, 'Смит'))),
    ]),
    ('Руководитель уполномоченного органа Иван Лыков подписал приказ.', [
        ('Руководитель уполномоченного органа Иван Лыков', Official(None, 'руководитель уполномоченного органа', Person(None, 'Иван', None, 'Лыков'))),
    ]),
    ('Встреча с председателем объединённого совета директоров Анной Котовой прошла.', [
        ('председателем объединённого совета директоров Анной Котовой', Official(None, 'председатель объединённого совета директоров', Person(None, 'Анна', None, 'Котова'))),
    ]),
    ('Глава МВД республики Иван Лыков заявил.', [
        ('Глава МВД республики Иван Лыков', Official(None, 'глава', Person(None, 'Иван', None, 'Лыков'), organization='МВД')),
    ]),
    ('Начальник ГИБДД области Олег Зуев рассказал об авариях.', [
        ('Начальник ГИБДД области Олег Зуев', Official(None, 'начальник', Person(None, 'Олег', None, 'Зуев'), organization='ГИБДД')),
    ]),
    ('Председатель Духовного управления мусульман (ДУМ) края Ахмед Салихов выступил.', [
        ('Председатель Духовного управления мусульман (ДУМ) края Ахмед Салихов', Official(None, 'председатель', Person(None, 'Ахмед', None, 'Салихов'), organization='Духовное управление мусульман')),
    ]),
    # === 34. a topic of dealings with someone: "по связям с общественностью"
    ('Вице-президент по связям с общественностью компании «Северсталь» Дарья Лунина опровергла слухи.', [
        ('Вице-президент по связям с общественностью компании «Северсталь» Дарья Лунина', Official(None, 'вице-президент по связям с общественностью', Person(None, 'Дарья', None, 'Лунина'), organization='Северсталь')),
    ]),
    ('Заместитель мэра по работе с молодёжью Анна Котова выступила.', [
        ('Заместитель мэра по работе с молодёжью Анна Котова', Official(None, 'заместитель мэра по работе с молодёжью', Person(None, 'Анна', None, 'Котова'))),
    ]),
    ('Начальник отдела по борьбе с экономическими преступлениями Андрей Рыков дал интервью.', [
        ('Начальник отдела по борьбе с экономическими преступлениями Андрей Рыков', Official(None, 'начальник отдела по борьбе с экономическими преступлениями', Person(None, 'Андрей', None, 'Рыков'))),
    ]),
    ('Директор по взаимодействию с инвесторами Олег Зуев покинул банк.', [
        ('Директор по взаимодействию с инвесторами Олег Зуев', Official(None, 'директор по взаимодействию с инвесторами', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    # === 35. two posts in apposition after the name, both held
    ('Иван Лыков, министр финансов и вице-премьер, заявил о бюджете.', [
        ('Иван Лыков, министр финансов и вице-премьер', Official(None, 'вице-премьер', Person(None, 'Иван', None, 'Лыков'))),
        ('Иван Лыков, министр финансов и вице-премьер', Official(None, 'министр финансов', Person(None, 'Иван', None, 'Лыков'))),
    ]),
    ('Олег Зуев — ректор университета и председатель совета ректоров.', [
        ('Олег Зуев — ректор университета и председатель совета ректоров', Official(None, 'председатель совета ректоров', Person(None, 'Олег', None, 'Зуев'))),
        ('Олег Зуев — ректор университета и председатель совета ректоров', Official(None, 'ректор университета', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    # === 36. a physician's and an accountant's posts
    ('Главный врач больницы Инга Волкова рассказала о вакцинации.', [
        ('Главный врач больницы Инга Волкова', Official(None, 'главный врач больницы', Person(None, 'Инга', None, 'Волкова'))),
    ]),
    ('Главный бухгалтер завода Людмила Корнеева задержана.', [
        ('Главный бухгалтер завода Людмила Корнеева', Official(None, 'главный бухгалтер завода', Person(None, 'Людмила', None, 'Корнеева'))),
    ]),
    ('Главврач поликлиники Олег Зуев ушёл в отставку.', [
        ('Главврач поликлиники Олег Зуев', Official(None, 'главврач поликлиники', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    # === 37. review: a woman's surname after a school, an accusative after a
    # post held under someone, a body that is no more, an honoured calling
    ('Директор школы Котова рассказала о ремонте.', [
        ('Директор школы Котова', Official(None, 'директор школы', Person(None, None, None, 'Котова'))),
    ]),
    ('Президент назначил своим советником Анну Котову.', [
        ('советником Анну Котову', Official(None, 'советник', Person(None, 'Анна', None, 'Котова'))),
    ]),
    ('Председатель бывшего колхоза Иван Лыков рассказал о посевной.', [
        ('Председатель бывшего колхоза Иван Лыков', Official(None, 'председатель бывшего колхоза', Person(None, 'Иван', None, 'Лыков'))),
    ]),
    ('Директор театра заслуженный артист России Олег Зуев заявил.', [
        ('Директор театра заслуженный артист России Олег Зуев', Official(None, 'директор театра', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    ('Председатель суда заслуженный юрист России Иван Лыков заявил.', [
        ('Председатель суда заслуженный юрист России Иван Лыков', Official(None, 'председатель суда', Person(None, 'Иван', None, 'Лыков'))),
    ]),
    ('Председатель комитета член Совета Федерации Андрей Лунин выступил.', [
        ('Председатель комитета член Совета Федерации Андрей Лунин', Official(None, 'председатель комитета', Person(None, 'Андрей', None, 'Лунин'))),
        ('член Совета Федерации Андрей Лунин', Official(None, 'член', Person(None, 'Андрей', None, 'Лунин'), organization='Совет Федерации')),
    ]),  # a member of a body holds a post of its own
    # === 38. a family name first that does not decline; a rank in an academy;
    # a monastery; a foreign body with a place; a body's kind with adjectives
    ('Переговоры с министром торговли КНР Чжоу Цзяньмином завершились.', [
        ('министром торговли КНР Чжоу Цзяньмином', Official(None, 'министр торговли', Person(None, 'Цзяньмин', None, 'Чжоу'), place='КНР')),
    ]),
    ('Письмо направили вице-премьеру Ху Чуньхуа.', [
        ('вице-премьеру Ху Чуньхуа', Official(None, 'вице-премьер', Person(None, 'Чуньхуа', None, 'Ху'))),
    ]),
    ('С директором института членом-корреспондентом РАН Леонидом Вишняковым встретились журналисты.', [
        ('директором института членом-корреспондентом РАН Леонидом Вишняковым', Official(None, 'директор института', Person(None, 'Леонид', None, 'Вишняков'))),
        ('членом-корреспондентом РАН Леонидом Вишняковым', Official(None, 'член-корреспондент', Person(None, 'Леонид', None, 'Вишняков'), organization='РАН')),
    ]),
    ('Игуменья Покровского монастыря Елисавета рассказала паломникам о храме.', [
        ('Игуменья Покровского монастыря Елисавета', Official(None, 'игуменья', Person(None, 'Елисавета', None, None), organization='Покровский монастырь')),
    ]),
    ('Вчера игумен Никольского монастыря Сергий освятил колокол.', [
        ('игумен Никольского монастыря Сергий', Official(None, 'игумен', Person(None, 'Сергий', None, None), organization='Никольский монастырь')),
    ]),
    ('Глава бюро Би-би-си в Москве Джеймс Уоррен покинул Россию.', [
        ('Глава бюро Би-би-си в Москве Джеймс Уоррен', Official(None, 'глава бюро', Person(None, 'Джеймс', None, 'Уоррен'), organization='Би-би-си', place='Москва')),
    ]),
    ('Полиция задержала Виктора Лапина, главного инженера управляющей компании «Жилсервис».', [
        ('Виктора Лапина, главного инженера управляющей компании «Жилсервис»', Official(None, 'главный инженер', Person(None, 'Виктор', None, 'Лапин'), organization='Жилсервис')),
    ]),
    ('Директор частного охранного предприятия «Щит» Олег Зуев задержан.', [
        ('Директор частного охранного предприятия «Щит» Олег Зуев', Official(None, 'директор', Person(None, 'Олег', None, 'Зуев'), organization='Щит')),
    ]),
    # === 39. the post taken after someone who held it
    ('Инфантино станет главой ФИФА после Зеппа Блаттера.', [
        ('Инфантино станет главой ФИФА', Official(None, 'глава', Person(None, None, None, 'Инфантино'), organization='ФИФА')),
        ('главой ФИФА после Зеппа Блаттера', Official(None, 'глава', Person(None, 'Зепп', None, 'Блаттер'), organization='ФИФА')),
    ]),
    ('Олег Зуев был назначен ректором после Ивана Лыкова.', [
        ('Олег Зуев был назначен ректором', Official(None, 'ректор', Person(None, 'Олег', None, 'Зуев'))),
        ('ректором после Ивана Лыкова', Official(None, 'ректор', Person(None, 'Иван', None, 'Лыков'))),
    ]),
    # === 40. a post taken by a relative named after the link
    ('Королём Бельгии стал его сын Филипп.', [
        ('Королём Бельгии стал его сын Филипп', Official(None, 'король', Person(None, 'Филипп', None, None), place='Бельгия')),
    ]),
    ('Новым мэром стала его жена Анна Котова.', [
        ('мэром стала его жена Анна Котова', Official(None, 'мэр', Person(None, 'Анна', None, 'Котова'))),
    ]),
    ('Главой компании стал его старший сын Олег Зуев.', [
        ('Главой компании стал его старший сын Олег Зуев', Official(None, 'глава компании', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    # === 41. a man's surname in "-ой"; two capitalized adjectives of a body; a
    # capitalized minister in a decree; a cleric's rank before his sole name
    ('Главный тренер сборной по волейболу Игорь Рудной назвал состав.', [
        ('Главный тренер сборной по волейболу Игорь Рудной', Official(None, 'главный тренер сборной по волейболу', Person(None, 'Игорь', None, 'Рудной'))),
    ]),
    ('Директор Государственного Исторического музея Анна Ветрова открыла выставку.', [
        ('Директор Государственного Исторического музея Анна Ветрова', Official(None, 'директор', Person(None, 'Анна', None, 'Ветрова'), organization='Государственный Исторический музей')),
    ]),
    ('Приказ подписал заместитель Министра финансов Иван Лыков.', [
        ('заместитель Министра финансов Иван Лыков', Official(None, 'заместитель министра финансов', Person(None, 'Иван', None, 'Лыков'))),
    ]),
    ('Министр объединения Южной Кореи Ким Ён Хо заявил.', [
        ('Министр объединения Южной Кореи Ким Ён Хо', Official(None, 'министр объединения', Person(None, 'Ён Хо', None, 'Ким'), place='Южная Корея')),
    ]),
    ('Управляющий делами Московской патриархии митрополит Дионисий провёл совещание.', [
        ('Управляющий делами Московской патриархии митрополит Дионисий', Official(None, 'управляющий делами', Person(None, 'Дионисий', None, None), organization='Московская патриархия')),
        ('митрополит Дионисий', Official(None, 'митрополит', Person(None, 'Дионисий', None, None))),
    ]),
    ('Глава епархии епископ Игнатий освятил храм.', [
        ('Глава епархии епископ Игнатий', Official(None, 'глава епархии', Person(None, 'Игнатий', None, None))),
        ('епископ Игнатий', Official(None, 'епископ', Person(None, 'Игнатий', None, None))),
    ]),
    # === 42. two posts of one holder joined by a dash; a country's adjective
    # before a place's kind
    ('На открытии выступил вице-премьер — полпред президента в округе Антон Лыков.', [
        ('вице-премьер — полпред президента в округе Антон Лыков', Official(None, 'вице-премьер', Person(None, 'Антон', None, 'Лыков'))),
        ('вице-премьер — полпред президента в округе Антон Лыков', Official(None, 'полпред президента', Person(None, 'Антон', None, 'Лыков'))),
    ]),
    ('Главный министр индийского штата Керала Прадип Менон объявил карантин.', [
        ('Главный министр индийского штата Керала Прадип Менон', Official(None, 'главный министр', Person(None, 'Прадип', None, 'Менон'), place='штат Керала')),
    ]),
    ('Губернатор мексиканского штата Чьяпас Рутилио Эскандон заявил.', [
        ('Губернатор мексиканского штата Чьяпас Рутилио Эскандон', Official(None, 'губернатор', Person(None, 'Рутилио', None, 'Эскандон'), place='штат Чьяпас')),
    ]),
    # === 43. duties carried by a holder named with a post of his own; a
    # command as a body
    ('Обязанности главы района будет исполнять его первый заместитель Алексей Гурьев.', [
        ('Обязанности главы района будет исполнять его первый заместитель Алексей Гурьев', Official(None, 'глава района', Person(None, 'Алексей', None, 'Гурьев'))),
        ('первый заместитель Алексей Гурьев', Official(None, 'первый заместитель', Person(None, 'Алексей', None, 'Гурьев'))),
    ]),
    ('Обязанности мэра временно исполняет вице-мэр Олег Котов.', [
        ('Обязанности мэра временно исполняет вице-мэр Олег Котов', Official(None, 'мэр', Person(None, 'Олег', None, 'Котов'))),
        ('вице-мэр Олег Котов', Official(None, 'вице-мэр', Person(None, 'Олег', None, 'Котов'))),
    ]),
    ('Командующий Индо-Тихоокеанским командованием США адмирал Дэниел Крейн заявил.', [
        ('Командующий Индо-Тихоокеанским командованием США адмирал Дэниел Крейн', Official(None, 'командующий', Person(None, 'Дэниел', None, 'Крейн'), organization='Индо-Тихоокеанское командование', place='США')),
        ('адмирал Дэниел Крейн', Official(None, 'адмирал', Person(None, 'Дэниел', None, 'Крейн'))),
    ]),
    # --- the body where one works after the post, in quotes after its kind
    ('Дмитрий Волков работает юристом в компании «Ростехнадзор-Консалт» и представляет интересы истца.', [
        ('Дмитрий Волков работает юристом в компании «Ростехнадзор-Консалт»', Official(None, 'юрист', Person(None, 'Дмитрий', None, 'Волков'), organization='Ростехнадзор-Консалт')),
    ]),
    ('Иван Петров, директор по продажам в компании «Северсталь», выступил.', [
        ('Иван Петров, директор по продажам в компании «Северсталь»', Official(None, 'директор по продажам', Person(None, 'Иван', None, 'Петров'), organization='Северсталь')),
    ]),  # "в" is no topic word, though a letter's name in the dative
    ('Председатель комитета по безопасности и противодействию коррупции Ирина Яровая выступила.', [
        ('Председатель комитета по безопасности и противодействию коррупции Ирина Яровая', Official(None, 'председатель комитета по безопасности и противодействию коррупции', Person(None, 'Ирина', None, 'Яровая'))),
    ]),
    # --- dismissed from a post: held it
    ('Ранее Нкомо был уволен с позиции вице-президента Замбии.', [
        ('Нкомо был уволен с позиции вице-президента Замбии', Official(None, 'вице-президент', Person(None, None, None, 'Нкомо'), place='Замбия')),
    ]),
    ('Сидоров был освобождён от должности главы района.', [
        ('Сидоров был освобождён от должности главы района', Official(None, 'глава района', Person(None, None, None, 'Сидоров'))),
    ]),
    ('Иван Петров снят с поста министра культуры.', [
        ('Иван Петров снят с поста министра культуры', Official(None, 'министр культуры', Person(None, 'Иван', None, 'Петров'))),
    ]),
    # --- a word of time between the name of the appointed and the post
    ('Лидеры ЕС назначили итальянца Марко Белли новым главой Европейского банка.', [
        ('Марко Белли новым главой Европейского банка', Official(None, 'глава', Person(None, 'Марко', None, 'Белли'), organization='Европейский банк')),
    ]),
    # --- another role joined to the post by "и" shares its body
    ('Об этом заявил Виктор Кудрин, президент и крупнейший акционер «Уралнефти».', [
        ('Виктор Кудрин, президент и крупнейший акционер «Уралнефти»', Official(None, 'президент', Person(None, 'Виктор', None, 'Кудрин'), organization='Уралнефть')),
    ]),
    ('Президент и основатель компании «Орион» Иван Петров выступил.', [
        ('Президент и основатель компании «Орион» Иван Петров', Official(None, 'президент', Person(None, 'Иван', None, 'Петров'), organization='Орион')),
    ]),
    # --- a relative's noun before the name: the genitive names whose relative
    ('Брат Петрова стал министром.', []),
    ('Племянник Сидорова был назначен губернатором.', []),
    ('Ильхам Ханов назначил свою супругу Лейлу Ханову первым вице-президентом.', [
        ('Лейлу Ханову первым вице-президентом', Official(None, 'первый вице-президент', Person(None, 'Лейла', None, 'Ханова'))),
    ]),  # in the noun's case, the name is the spouse's own
    # --- "name — post, name — post": a name that opens its own post closes none before it
    ('Выступили Ольга Ветрова — директор Музея морского флота, Игорь Лунин — ректор Горного института.', [
        ('Ольга Ветрова — директор Музея морского флота', Official(None, 'директор', Person(None, 'Ольга', None, 'Ветрова'), organization='Музей морского флота')),
        ('Игорь Лунин — ректор Горного института', Official(None, 'ректор', Person(None, 'Игорь', None, 'Лунин'), organization='Горный институт')),
    ]),
    # === 44. a hyphenated word inside the post is one word, never a dash between two posts
    ('Лидер социал-демократов Мартин Шульц выступил в бундестаге.', [
        ('Лидер социал-демократов Мартин Шульц', Official(None, 'лидер социал-демократов', Person(None, 'Мартин', None, 'Шульц'))),
    ]),
    ('С лидером христиан-демократов Анной Котовой встретился премьер.', [
        ('лидером христиан-демократов Анной Котовой', Official(None, 'лидер христиан-демократов', Person(None, 'Анна', None, 'Котова'))),
    ]),
    ('Председатель пресс-клуба Олег Лунин открыл встречу.', [
        ('Председатель пресс-клуба Олег Лунин', Official(None, 'председатель пресс-клуба', Person(None, 'Олег', None, 'Лунин'))),
    ]),
    ('По словам координатора эко-движения Ирины Зуевой, акция прошла мирно.', [
        ('координатора эко-движения Ирины Зуевой', Official(None, 'координатор эко-движения', Person(None, 'Ирина', None, 'Зуева'))),
    ]),
    # === 45. two modifiers of the post joined by "и"
    ('Чрезвычайный и полномочный посол Чили в России Хуан Перес вручил грамоты.', [
        ('Чрезвычайный и полномочный посол Чили в России Хуан Перес', Official(None, 'чрезвычайный и полномочный посол', Person(None, 'Хуан', None, 'Перес'), place='Чили')),
    ]),
    ('Грамоты принял у чрезвычайного и полномочного посла Перу Карлоса Мендосы президент.', [
        ('чрезвычайного и полномочного посла Перу Карлоса Мендосы', Official(None, 'чрезвычайный и полномочный посол', Person(None, 'Карлос', None, 'Мендоса'), place='Перу')),
    ]),
    ('Встреча с генеральным и художественным директором театра Ольгой Ветровой прошла в фойе.', [
        ('генеральным и художественным директором театра Ольгой Ветровой', Official(None, 'генеральный и художественный директор театра', Person(None, 'Ольга', None, 'Ветрова'))),
    ]),
    # === 46. appointed as one's own: a possessive before the post in the instrumental
    ('Губернатор назначил Игоря Лунина своим первым заместителем.', [
        ('Игоря Лунина своим первым заместителем', Official(None, 'первый заместитель', Person(None, 'Игорь', None, 'Лунин'))),
    ]),
    ('Совет директоров избрал Олега Зуева своим председателем.', [
        ('Олега Зуева своим председателем', Official(None, 'председатель', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    ('Президент объявил о назначении Марка Дэвиса своим советником по экономике.', [
        ('Марка Дэвиса своим советником по экономике', Official(None, 'советник по экономике', Person(None, 'Марк', None, 'Дэвис'))),
    ]),
    ('Партия избрала Сергея Котова её лидером.', [
        ('Сергея Котова её лидером', Official(None, 'лидер', Person(None, 'Сергей', None, 'Котов'))),
    ]),
    # === 56. a military rank between the post and the name is a post of its own, in every case
    ('Встреча с командующим войсками Восточного военного округа генерал-полковником Андреем Ивановым прошла.', [
        ('командующим войсками Восточного военного округа генерал-полковником Андреем Ивановым', Official(None, 'командующий войсками', Person(None, 'Андрей', None, 'Иванов'), organization='Восточный военный округ')),
        ('генерал-полковником Андреем Ивановым', Official(None, 'генерал-полковник', Person(None, 'Андрей', None, 'Иванов'))),
    ]),
    ('Награду вручили начальнику штаба округа полковнику Олегу Котову.', [
        ('начальнику штаба округа полковнику Олегу Котову', Official(None, 'начальник штаба округа', Person(None, 'Олег', None, 'Котов'))),
        ('полковнику Олегу Котову', Official(None, 'полковник', Person(None, 'Олег', None, 'Котов'))),
    ]),
    ('Президент назначил командиром дивизии генерал-майора Петра Зуева.', [
        ('командиром дивизии генерал-майора Петра Зуева', Official(None, 'командир дивизии', Person(None, 'Петр', None, 'Зуев'))),
        ('генерал-майора Петра Зуева', Official(None, 'генерал-майор', Person(None, 'Петр', None, 'Зуев'))),
    ]),
    ('Начальник отдела полиции № 2 подполковник полиции Ирина Зуева провела приём.', [
        ('Начальник отдела полиции № 2 подполковник полиции Ирина Зуева', Official(None, 'начальник отдела полиции № 2', Person(None, 'Ирина', None, 'Зуева'))),
        ('подполковник полиции Ирина Зуева', Official(None, 'подполковник полиции', Person(None, 'Ирина', None, 'Зуева'))),
    ]),
    ('С прокурором района генерал-майором юстиции Олегом Лыковым встретились журналисты.', [
        ('прокурором района генерал-майором юстиции Олегом Лыковым', Official(None, 'прокурор района', Person(None, 'Олег', None, 'Лыков'))),
        ('генерал-майором юстиции Олегом Лыковым', Official(None, 'генерал-майор юстиции', Person(None, 'Олег', None, 'Лыков'))),
    ]),
    # === 57. the powers of a post laid down or kept
    ('Олег Зуев досрочно сложил полномочия главы района.', [
        ('Олег Зуев досрочно сложил полномочия главы района', Official(None, 'глава района', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    ('Анна Котова сохранит полномочия ректора до выборов.', [
        ('Анна Котова сохранит полномочия ректора', Official(None, 'ректор', Person(None, 'Анна', None, 'Котова'))),
    ]),
    # === 58. "и. о." before a post with its modifiers
    ('И. о. главного инженера завода Пётр Лыков дал интервью.', [
        ('И. о. главного инженера завода Пётр Лыков', Official(None, 'и. о. главного инженера завода', Person(None, 'Пётр', None, 'Лыков'))),
    ]),
    ('Ирина Зуева — и. о. первого заместителя мэра — провела совещание.', [
        ('Ирина Зуева — и. о. первого заместителя мэра', Official(None, 'и. о. первого заместителя мэра', Person(None, 'Ирина', None, 'Зуева'))),
    ]),
    # === 59. governed genitives listed with commas
    ('Министр экономики, труда и социального развития края Олег Котов отчитался.', [
        ('Министр экономики, труда и социального развития края Олег Котов', Official(None, 'министр экономики, труда и социального развития края', Person(None, 'Олег', None, 'Котов'))),
    ]),
    ('С министром науки, культуры и спорта Монголии Батором Ганбатом встретился посол.', [
        ('министром науки, культуры и спорта Монголии Батором Ганбатом', Official(None, 'министр науки, культуры и спорта', Person(None, 'Батор', None, 'Ганбат'), place='Монголия')),
    ]),
    # === 60. after a particle any capitalized word is a name; a second given name before the particles
    ('Министр финансов Омана Султан бин Салем аль-Хабси заявил о росте доходов.', [
        ('Министр финансов Омана Султан бин Салем аль-Хабси', Official(None, 'министр финансов', Person(None, 'Султан', None, 'бин Салем аль-Хабси'), place='Оман')),
    ]),
    ('Посол Испании Хуан Мануэль де ла Фуэнте прибыл в Москву.', [
        ('Посол Испании Хуан Мануэль де ла Фуэнте', Official(None, 'посол', Person(None, 'Хуан', 'Мануэль', 'де ла Фуэнте'), place='Испания')),
    ]),
    # === 61. a long quoted name of a body
    ('Директор АНО «Центр детского технического творчества имени А. С. Попова» Ольга Ветрова выступила.', [
        ('Директор АНО «Центр детского технического творчества имени А. С. Попова» Ольга Ветрова', Official(None, 'директор', Person(None, 'Ольга', None, 'Ветрова'), organization='Центр детского технического творчества имени А. С. Попова')),
    ]),
    ('Художественный руководитель Государственного академического хора Иван Зуев дал концерт.', [
        ('Художественный руководитель Государственного академического хора Иван Зуев', Official(None, 'художественный руководитель', Person(None, 'Иван', None, 'Зуев'), organization='Государственный академический хор')),
    ]),
    # === 62. a cleric's see of two adjectives; a republic's other name in brackets; two abbreviations in brackets
    ('Епископ Тверской и Кашинский Амвросий возглавил службу.', [
        ('Епископ Тверской и Кашинский Амвросий', Official(None, 'епископ', Person(None, 'Амвросий', None, None))),
    ]),
    ('Глава правительства Республики Саха (Якутия) Ольга Зуева прибыла в Москву.', [
        ('Глава правительства Республики Саха (Якутия) Ольга Зуева', Official(None, 'глава правительства', Person(None, 'Ольга', None, 'Зуева'), place='Республика Саха (Якутия)')),
    ]),
    ('Глава представительства Управления ООН по наркотикам и преступности (УНП ООН) в Ташкенте Ирина Котова выступила.', [
        ('Глава представительства Управления ООН по наркотикам и преступности (УНП ООН) в Ташкенте Ирина Котова', Official(None, 'глава представительства', Person(None, 'Ирина', None, 'Котова'), organization='Управление ООН по наркотикам и преступности', place='Ташкент')),
    ]),
    # === 63. the name before an office in its own case, never a dative
    ('Совет утвердил Ольгу Кравец в должности председателя.', [
        ('Ольгу Кравец в должности председателя', Official(None, 'председатель', Person(None, 'Ольга', None, 'Кравец'))),
    ]),
    ('Главой управления после долгого перерыва на конкурсной основе назначена Анна Лыкова.', [
        ('Главой управления после долгого перерыва на конкурсной основе назначена Анна Лыкова', Official(None, 'глава управления', Person(None, 'Анна', None, 'Лыкова'))),
    ]),
    # === 64. a post held under someone named by his own post and full name: a fact for each
    ('Пресс-секретарь мэра Олега Зуева Ирина Котова опровергла слухи.', [
        ('Пресс-секретарь мэра Олега Зуева Ирина Котова', Official(None, 'пресс-секретарь мэра', Person(None, 'Ирина', None, 'Котова'))),
        ('мэра Олега Зуева', Official(None, 'мэр', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    ('Помощник губернатора Игоря Лунина Анна Ветрова подала в отставку.', [
        ('Помощник губернатора Игоря Лунина Анна Ветрова', Official(None, 'помощник губернатора', Person(None, 'Анна', None, 'Ветрова'))),
        ('губернатора Игоря Лунина', Official(None, 'губернатор', Person(None, 'Игорь', None, 'Лунин'))),
    ]),
    ('Советник министра обороны Петра Сидорова Олег Котов дал интервью.', [
        ('Советник министра обороны Петра Сидорова Олег Котов', Official(None, 'советник министра обороны', Person(None, 'Олег', None, 'Котов'))),
        ('министра обороны Петра Сидорова', Official(None, 'министр обороны', Person(None, 'Петр', None, 'Сидоров'))),
    ]),
    # --- after a name and a comma, a genitive full name after the post is its holder, not whose post it is
    ('Допросили Олега Котова, начальника отдела кадров Ивана Зуева и водителя.', [
        ('начальника отдела кадров Ивана Зуева', Official(None, 'начальник отдела кадров', Person(None, 'Иван', None, 'Зуев'))),
    ]),
    # === 65. two posts and two holders, paired in order
    ('Председатель и секретарь участковой комиссии Ольга Зуева и Анна Котова опровергли слухи.', [
        ('Председатель и секретарь участковой комиссии Ольга Зуева и Анна Котова', Official(None, 'председатель', Person(None, 'Ольга', None, 'Зуева'))),
        ('Председатель и секретарь участковой комиссии Ольга Зуева и Анна Котова', Official(None, 'секретарь участковой комиссии', Person(None, 'Анна', None, 'Котова'))),
    ]),
    ('Президент и премьер-министр Молдавии Игорь Лунин и Пётр Котов провели встречу.', [
        ('Президент и премьер-министр Молдавии Игорь Лунин и Пётр Котов', Official(None, 'президент', Person(None, 'Игорь', None, 'Лунин'), place='Молдавия')),
        ('Президент и премьер-министр Молдавии Игорь Лунин и Пётр Котов', Official(None, 'премьер-министр', Person(None, 'Пётр', None, 'Котов'), place='Молдавия')),
    ]),
    ('Встреча с министром и замминистра финансов Олегом Зуевым и Ириной Лыковой прошла.', [
        ('министром и замминистра финансов Олегом Зуевым и Ириной Лыковой', Official(None, 'министр', Person(None, 'Олег', None, 'Зуев'))),
        ('министром и замминистра финансов Олегом Зуевым и Ириной Лыковой', Official(None, 'замминистра финансов', Person(None, 'Ирина', None, 'Лыкова'))),
    ]),
    # === 66. a biography's first line: a definition or the years of life, then the post
    ('Олег Семёнович Котов (род. 1961) — российский политик, мэр Рязани с 2015 года.', [
        ('Олег Семёнович Котов (род. 1961) — российский политик, мэр Рязани', Official(None, 'мэр', Person(None, 'Олег', 'Семёнович', 'Котов'), place='Рязань')),
    ]),
    ('Ирина Зуева — российская журналистка, с 2010 года главный редактор журнала «Огонёк».', [
        ('Ирина Зуева — российская журналистка, с 2010 года главный редактор журнала «Огонёк»', Official(None, 'главный редактор', Person(None, 'Ирина', None, 'Зуева'), organization='Огонёк')),
    ]),
    ('Пётр Лыков (1931—2009) — директор Кировского завода.', [
        ('Пётр Лыков (1931—2009) — директор Кировского завода', Official(None, 'директор', Person(None, 'Пётр', None, 'Лыков'), organization='Кировский завод')),
    ]),
    ('Анна Ветрова — с 2019 года ректор Тверского университета.', [
        ('Анна Ветрова — с 2019 года ректор Тверского университета', Official(None, 'ректор', Person(None, 'Анна', None, 'Ветрова'), organization='Тверской университет')),
    ]),
    ('Скончался Иван Лыков, в 1990-х годах — директор Ижорского завода.', [
        ('Иван Лыков, в 1990-х годах — директор Ижорского завода', Official(None, 'директор', Person(None, 'Иван', None, 'Лыков'), organization='Ижорский завод')),
    ]),
    ('Юбиляра Олега Зуева, в 1995—2003 годах — председателя облсуда, поздравили коллеги.', [
        ('Олега Зуева, в 1995—2003 годах — председателя облсуда', Official(None, 'председатель облсуда', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    # === 67. a participle of being or working after the name and a comma
    ('Умер Игорь Лунин, двадцать лет бывший главным врачом больницы.', [
        ('Игорь Лунин, двадцать лет бывший главным врачом больницы', Official(None, 'главный врач больницы', Person(None, 'Игорь', None, 'Лунин'))),
    ]),
    ('Скончалась Анна Котова, долгие годы проработавшая директором музея.', [
        ('Анна Котова, долгие годы проработавшая директором музея', Official(None, 'директор музея', Person(None, 'Анна', None, 'Котова'))),
    ]),
    # === 68. a surname of two parts, the second any capitalized word; Soviet committees as bodies; three modifiers
    ('Министр обороны Израиля Йоав Бен-Шалом прибыл с визитом.', [
        ('Министр обороны Израиля Йоав Бен-Шалом', Official(None, 'министр обороны', Person(None, 'Йоав', None, 'Бен-Шалом'), place='Израиль')),
    ]),
    ('Умер бывший первый секретарь Омского обкома КПСС Пётр Зуев.', [
        ('бывший первый секретарь Омского обкома КПСС Пётр Зуев', Official(None, 'первый секретарь', Person(None, 'Пётр', None, 'Зуев'), organization='Омский обком')),
    ]),
    ('Председатель Свердловского облисполкома Иван Лыков встретил делегацию.', [
        ('Председатель Свердловского облисполкома Иван Лыков', Official(None, 'председатель', Person(None, 'Иван', None, 'Лыков'), organization='Свердловский облисполком')),
    ]),
    ('Воевода Поморского воеводства Ян Ковальский открыл мост.', [
        ('Воевода Поморского воеводства Ян Ковальский', Official(None, 'воевода', Person(None, 'Ян', None, 'Ковальский'), place='Поморское воеводство')),
    ]),
    ('Главный государственный санитарный врач края Олег Котов ввёл карантин.', [
        ('Главный государственный санитарный врач края Олег Котов', Official(None, 'главный государственный санитарный врач края', Person(None, 'Олег', None, 'Котов'))),
    ]),
    # === 69. a post, then ", а затем" and the post held after it: a fact for each
    ('Иван Зуев, бывший мэр Твери, а ныне советник губернатора, дал интервью.', [
        ('Иван Зуев, бывший мэр Твери, а ныне советник губернатора', Official(None, 'мэр', Person(None, 'Иван', None, 'Зуев'), place='Тверь')),
        ('Иван Зуев, бывший мэр Твери, а ныне советник губернатора', Official(None, 'советник губернатора', Person(None, 'Иван', None, 'Зуев'))),
    ]),
    ('Умер Олег Котов, в 1990-х годах — директор Уралмашзавода, а затем сенатор.', [
        ('Олег Котов, в 1990-х годах — директор Уралмашзавода, а затем сенатор', Official(None, 'директор', Person(None, 'Олег', None, 'Котов'), organization='Уралмашзавод')),
        ('Олег Котов, в 1990-х годах — директор Уралмашзавода, а затем сенатор', Official(None, 'сенатор', Person(None, 'Олег', None, 'Котов'))),
    ]),
    # === 70. relieved of a post's duties; the age between commas before a link verb; an instrumental with modifiers
    ('Олег Зуев освобождён от обязанностей начальника штаба округа.', [
        ('Олег Зуев освобождён от обязанностей начальника штаба округа', Official(None, 'начальник штаба округа', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    ('Ирина Лыкова, 34 года, стала главой Кемского района.', [
        ('Ирина Лыкова, 34 года, стала главой Кемского района', Official(None, 'глава', Person(None, 'Ирина', None, 'Лыкова'), place='Кемский район')),
    ]),
    ('Командующий 41-й общевойсковой армией Пётр Котов провёл учения.', [
        ('Командующий 41-й общевойсковой армией Пётр Котов', Official(None, 'командующий 41-й общевойсковой армией', Person(None, 'Пётр', None, 'Котов'))),
    ]),
    # === 71. the posts taken by several, named after the verb
    ('Посты заместителей губернатора заняли Олег Котов и Анна Зуева.', [
        ('Посты заместителей губернатора заняли Олег Котов и Анна Зуева', Official(None, 'заместитель губернатора', Person(None, 'Олег', None, 'Котов'))),
        ('Посты заместителей губернатора заняли Олег Котов и Анна Зуева', Official(None, 'заместитель губернатора', Person(None, 'Анна', None, 'Зуева'))),
    ]),
    ('Места судей Конституционного суда займут Пётр Лыков, Игорь Лунин и Ольга Ветрова.', [
        ('Места судей Конституционного суда займут Пётр Лыков, Игорь Лунин и Ольга Ветрова', Official(None, 'судья', Person(None, 'Пётр', None, 'Лыков'), organization='Конституционный суд')),
        ('Места судей Конституционного суда займут Пётр Лыков, Игорь Лунин и Ольга Ветрова', Official(None, 'судья', Person(None, 'Игорь', None, 'Лунин'), organization='Конституционный суд')),
        ('Места судей Конституционного суда займут Пётр Лыков, Игорь Лунин и Ольга Ветрова', Official(None, 'судья', Person(None, 'Ольга', None, 'Ветрова'), organization='Конституционный суд')),
    ]),
    # === 72. a calling with its words, then "и" and the post
    ('Олег Лыков, почётный гражданин Тулы и бывший директор оружейного завода, отметил юбилей.', [
        ('Олег Лыков, почётный гражданин Тулы и бывший директор оружейного завода', Official(None, 'директор оружейного завода', Person(None, 'Олег', None, 'Лыков'))),
    ]),
    ('Анна Котова, ветеран труда и председатель совета ветеранов, выступила.', [
        ('Анна Котова, ветеран труда и председатель совета ветеранов', Official(None, 'председатель совета ветеранов', Person(None, 'Анна', None, 'Котова'))),
    ]),
    ('Генеральный директор Магнитогорского металлургического комбината Пётр Зуев заявил.', [
        ('Генеральный директор Магнитогорского металлургического комбината Пётр Зуев', Official(None, 'генеральный директор', Person(None, 'Пётр', None, 'Зуев'), organization='Магнитогорский металлургический комбинат')),
    ]),
    # === 73. after a post that ends in another, a foreign name the dictionary does not know, in "-а", is that one's
    ('Советник премьер-министра Канады Джастина Трюдо ушёл в отставку.', [
        ('премьер-министра Канады Джастина Трюдо', Official(None, 'премьер-министр', Person(None, 'Джастин', None, 'Трюдо'), place='Канада')),
    ]),
    ('Советник президента Аргентины Хавьера Милея заявил о реформе.', [
        ('президента Аргентины Хавьера Милея', Official(None, 'президент', Person(None, 'Хавьер', None, 'Милей'), place='Аргентина')),
    ]),
    ('Помощник канцлера Германии Фридриха Мерца заявил.', [
        ('канцлера Германии Фридриха Мерца', Official(None, 'канцлер', Person(None, 'Фридрих', None, 'Мерц'), place='Германия')),
    ]),
    # === 74. two posts after one verb, listed with a comma
    ('Ольга Зуева была министром культуры, вице-губернатором области.', [
        ('Ольга Зуева была министром культуры, вице-губернатором области', Official(None, 'вице-губернатор области', Person(None, 'Ольга', None, 'Зуева'))),
        ('Ольга Зуева была министром культуры, вице-губернатором области', Official(None, 'министр культуры', Person(None, 'Ольга', None, 'Зуева'))),
    ]),
    ('Пётр Котов в 1990-х годах являлся директором завода, председателем городской думы.', [
        ('Пётр Котов в 1990-х годах являлся директором завода, председателем городской думы', Official(None, 'директор завода', Person(None, 'Пётр', None, 'Котов'))),
        ('Пётр Котов в 1990-х годах являлся директором завода, председателем городской думы', Official(None, 'председатель городской думы', Person(None, 'Пётр', None, 'Котов'))),
    ]),
    # --- a compound head is one word, never a circumstance and a head
    ('Пак Ён Су – вице-премьер правительства КНДР.', [
        ('Пак Ён Су – вице-премьер правительства КНДР', Official(None, 'вице-премьер правительства', Person(None, 'Ён Су', None, 'Пак'), place='КНДР')),
    ]),
    # === 50. a Hebrew surname with its article ("Ха-Леви")
    ('Начальник полиции Хайфы Йорам Ха-Леви заявил о задержании.', [
        ('Начальник полиции Хайфы Йорам Ха-Леви', Official(None, 'начальник полиции', Person(None, 'Йорам', None, 'Ха-Леви'), place='Хайфа')),
    ]),
    ('С министром туризма Израиля Ави Ха-Коэном встретился губернатор.', [
        ('министром туризма Израиля Ави Ха-Коэном', Official(None, 'министр туризма', Person(None, 'Ави', None, 'Ха-Коэн'), place='Израиль')),
    ]),
    ('Письмо подписал посол Моше Бар-Зоар.', [
        ('посол Моше Бар-Зоар', Official(None, 'посол', Person(None, 'Моше', None, 'Бар-Зоар'))),
    ]),
    # === 51. the age set off by commas between the name and the post, or an age before "бывший"
    ('Ольга Зуева, 52 года, директор гимназии № 3, получила награду.', [
        ('Ольга Зуева, 52 года, директор гимназии № 3', Official(None, 'директор гимназии № 3', Person(None, 'Ольга', None, 'Зуева'))),
    ]),
    ('Как рассказал Игорь Лунин, 41 год, начальник цеха завода «Прогресс», смена работает без простоев.', [
        ('Игорь Лунин, 41 год, начальник цеха завода «Прогресс»', Official(None, 'начальник цеха', Person(None, 'Игорь', None, 'Лунин'), organization='Прогресс')),
    ]),
    ('Задержан Пётр Котов, 60 лет, бывший глава района.', [
        ('Пётр Котов, 60 лет, бывший глава района', Official(None, 'глава района', Person(None, 'Пётр', None, 'Котов'))),
    ]),
    ('Олег Зуев, 47-летний бывший мэр Твери, вернулся в политику.', [
        ('Олег Зуев, 47-летний бывший мэр Твери', Official(None, 'мэр', Person(None, 'Олег', None, 'Зуев'), place='Тверь')),
    ]),
    # === 52. where a picture shows the person, in brackets after the name
    ('Марина Ветрова (на фото), директор библиотеки, открыла выставку.', [
        ('Марина Ветрова (на фото), директор библиотеки', Official(None, 'директор библиотеки', Person(None, 'Марина', None, 'Ветрова'))),
    ]),
    ('Олег Котов (справа), министр спорта области, вручил кубок.', [
        ('Олег Котов (справа), министр спорта области', Official(None, 'министр спорта области', Person(None, 'Олег', None, 'Котов'))),
    ]),
    # === 53. two adjectives of one governed noun joined by "и"
    ('Министр социальных и трудовых отношений Ирина Лыкова провела приём.', [
        ('Министр социальных и трудовых отношений Ирина Лыкова', Official(None, 'министр социальных и трудовых отношений', Person(None, 'Ирина', None, 'Лыкова'))),
    ]),
    ('Встреча с начальником лесного и охотничьего хозяйства Олегом Зуевым прошла в мэрии.', [
        ('начальником лесного и охотничьего хозяйства Олегом Зуевым', Official(None, 'начальник лесного и охотничьего хозяйства', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    ('Пётр Котов назначен директором департамента дорожного и жилищного строительства.', [
        ('Пётр Котов назначен директором департамента дорожного и жилищного строительства', Official(None, 'директор департамента дорожного и жилищного строительства', Person(None, 'Пётр', None, 'Котов'))),
    ]),
    # === 54. topics: listed with commas, named by an abbreviation, or a field ("в сфере", "в области")
    ('Советник губернатора по культуре, туризму и спорту Анна Котова ушла в отставку.', [
        ('Советник губернатора по культуре, туризму и спорту Анна Котова', Official(None, 'советник губернатора по культуре, туризму и спорту', Person(None, 'Анна', None, 'Котова'))),
    ]),
    ('Заместитель мэра Казани по вопросам ЖКХ Ильдар Галиев провёл совещание.', [
        ('Заместитель мэра Казани по вопросам ЖКХ Ильдар Галиев', Official(None, 'заместитель мэра', Person(None, 'Ильдар', None, 'Галиев'), place='Казань')),
    ]),
    ('Начальник отдела в сфере жилищного контроля Ирина Зуева ответила на вопросы.', [
        ('Начальник отдела в сфере жилищного контроля Ирина Зуева', Official(None, 'начальник отдела в сфере жилищного контроля', Person(None, 'Ирина', None, 'Зуева'))),
    ]),
    ('Директор департамента в области здравоохранения Олег Котов ушёл на пенсию.', [
        ('Директор департамента в области здравоохранения Олег Котов', Official(None, 'директор департамента в области здравоохранения', Person(None, 'Олег', None, 'Котов'))),
    ]),
    ('Начальник управления по работе с молодёжью и общественными объединениями Анна Лыкова выступила.', [
        ('Начальник управления по работе с молодёжью и общественными объединениями Анна Лыкова', Official(None, 'начальник управления по работе с молодёжью и общественными объединениями', Person(None, 'Анна', None, 'Лыкова'))),
    ]),
    # === 55. a settlement named by an adjective and a noun after its kind
    ('Глава сельского поселения Верхний Луг Пётр Котов переизбран.', [
        ('Глава сельского поселения Верхний Луг Пётр Котов', Official(None, 'глава', Person(None, 'Пётр', None, 'Котов'), place='поселение Верхний Луг')),
    ]),
    # === 47. the appointed before a post in the instrumental is in the accusative, whatever else his name may read as
    ('Президент назначил Тома Уилсона советником.', [
        ('Тома Уилсона советником', Official(None, 'советник', Person(None, 'Том', None, 'Уилсон'))),
    ]),
    ('Парламент утвердил Хосе Мигеля Арриагу главой правительства.', [
        ('Хосе Мигеля Арриагу главой правительства', Official(None, 'глава правительства', Person(None, 'Хосе', 'Мигель', 'Арриага'))),
    ]),
    ('Съезд утвердил Мигеля Ортиса-Кабреру председателем партии.', [
        ('Мигеля Ортиса-Кабреру председателем партии', Official(None, 'председатель партии', Person(None, 'Мигель', None, 'Ортис-Кабрера'))),
    ]),
    ('Анна Котова министром стала в мае.', [
        ('Анна Котова министром', Official(None, 'министр', Person(None, 'Анна', None, 'Котова'))),
    ]),
    # === 75. across a dash or a colon from a nominative post, a foreign name in the nominative
    ('Министр обороны — Итунори Онодэра.', [
        ('Министр обороны — Итунори Онодэра', Official(None, 'министр обороны', Person(None, 'Итунори', None, 'Онодэра'))),
    ]),
    ('Итунори Онодэра — министр обороны.', [
        ('Итунори Онодэра — министр обороны', Official(None, 'министр обороны', Person(None, 'Итунори', None, 'Онодэра'))),
    ]),
    ('Министр иностранных дел — Тосимицу Мотэги.', [
        ('Министр иностранных дел — Тосимицу Мотэги', Official(None, 'министр иностранных дел', Person(None, 'Тосимицу', None, 'Мотэги'))),
    ]),
    ('Министр финансов: Кацунобу Като.', [
        ('Министр финансов: Кацунобу Като', Official(None, 'министр финансов', Person(None, 'Кацунобу', None, 'Като'))),
    ]),
    ('Сиина Мацуда — мэр города Осака.', [
        ('Сиина Мацуда — мэр города Осака', Official(None, 'мэр', Person(None, 'Сиина', None, 'Мацуда'), place='Осака')),
    ]),
    ('Ёсихидэ Суга — премьер-министр Японии.', [
        ('Ёсихидэ Суга — премьер-министр Японии', Official(None, 'премьер-министр', Person(None, 'Ёсихидэ', None, 'Суга'), place='Япония')),
    ]),
    ('Глава правительства — Фумио Кисида.', [
        ('Глава правительства — Фумио Кисида', Official(None, 'глава правительства', Person(None, 'Фумио', None, 'Кисида'))),
    ]),
    # === 76. an ordinal and the words it ranks the holder by, after a dash or a comma; adjectives describing the holder after a comma
    ('Нельсон Мандела, первый чернокожий президент ЮАР, умер.', [
        ('Нельсон Мандела, первый чернокожий президент ЮАР', Official(None, 'президент', Person(None, 'Нельсон', None, 'Мандела'), place='ЮАР')),
    ]),
    ('Пётр Орлов — второй всенародно избранный мэр Томска.', [
        ('Пётр Орлов — второй всенародно избранный мэр Томска', Official(None, 'мэр', Person(None, 'Пётр', None, 'Орлов'), place='Томск')),
    ]),
    ('Иван Петров, последний генеральный секретарь ЦК, умер.', [
        ('Иван Петров, последний генеральный секретарь ЦК', Official(None, 'генеральный секретарь', Person(None, 'Иван', None, 'Петров'), organization='ЦК')),
    ]),
    ('Анна Котова, многолетний директор лицея, ушла на пенсию.', [
        ('Анна Котова, многолетний директор лицея', Official(None, 'директор лицея', Person(None, 'Анна', None, 'Котова'))),
    ]),
    ('Встреча с Олегом Зуевым, молодым губернатором области, прошла.', [
        ('Олегом Зуевым, молодым губернатором области', Official(None, 'губернатор области', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    # === 77. a plural post whose holders each have a party or a country in brackets
    ('Депутаты Госдумы Иван Петров (ЛДПР) и Олег Зуев (КПРФ) внесли законопроект.', [
        ('Депутаты Госдумы Иван Петров (ЛДПР) и Олег Зуев (КПРФ)', Official(None, 'депутат', Person(None, 'Иван', None, 'Петров'), organization='Госдума')),
        ('Депутаты Госдумы Иван Петров (ЛДПР) и Олег Зуев (КПРФ)', Official(None, 'депутат', Person(None, 'Олег', None, 'Зуев'), organization='Госдума')),
    ]),
    ('Вице-президенты МОК Томас Бах (Германия) и Ричард Кэррион (Пуэрто-Рико) выдвинули кандидатуры.', [
        ('Вице-президенты МОК Томас Бах (Германия) и Ричард Кэррион (Пуэрто-Рико)', Official(None, 'вице-президент', Person(None, 'Томас', None, 'Бах'), organization='МОК')),
        ('Вице-президенты МОК Томас Бах (Германия) и Ричард Кэррион (Пуэрто-Рико)', Official(None, 'вице-президент', Person(None, 'Ричард', None, 'Кэррион'), organization='МОК')),
    ]),
    ('Губернаторы Иван Петров (Тульская область) и Олег Зуев (Калужская область) подписали соглашение.', [
        ('Губернаторы Иван Петров (Тульская область) и Олег Зуев (Калужская область)', Official(None, 'губернатор', Person(None, 'Иван', None, 'Петров'))),
        ('Губернаторы Иван Петров (Тульская область) и Олег Зуев (Калужская область)', Official(None, 'губернатор', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    ('С депутатами Анной Котовой («Яблоко») и Ольгой Зуевой (КПРФ) встретился губернатор.', [
        ('депутатами Анной Котовой («Яблоко») и Ольгой Зуевой (КПРФ)', Official(None, 'депутат', Person(None, 'Анна', None, 'Котова'))),
        ('депутатами Анной Котовой («Яблоко») и Ольгой Зуевой (КПРФ)', Official(None, 'депутат', Person(None, 'Ольга', None, 'Зуева'))),
    ]),
    # --- a singular post names one holder, not the next name
    ('Депутат Иван Петров (ЛДПР) и Олег Зуев поспорили.', [
        ('Депутат Иван Петров', Official(None, 'депутат', Person(None, 'Иван', None, 'Петров'))),
    ]),
    # === 78. after a dash, a calling with its words, then "и" and the post
    ('Мария Котова — известный политолог и советник губернатора.', [
        ('Мария Котова — известный политолог и советник губернатора', Official(None, 'советник губернатора', Person(None, 'Мария', None, 'Котова'))),
    ]),
    ('Олег Зуев — почётный гражданин Тулы и бывший мэр города.', [
        ('Олег Зуев — почётный гражданин Тулы и бывший мэр города', Official(None, 'мэр города', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    ('Анна Зуева — опытная журналистка и главный редактор газеты «Вести».', [
        ('Анна Зуева — опытная журналистка и главный редактор газеты «Вести»', Official(None, 'главный редактор', Person(None, 'Анна', None, 'Зуева'), organization='Вести')),
    ]),
    ('Пётр Сомов — бывший водитель автобуса и нынешний министр транспорта.', [
        ('Пётр Сомов — бывший водитель автобуса и нынешний министр транспорта', Official(None, 'министр транспорта', Person(None, 'Пётр', None, 'Сомов'))),
    ]),
    # === 79. a settlement whose kind is abbreviated ("г. Тулы"), the place its name in the nominative
    ('Глава администрации г. Барнаула Людмила Кузьмина ответила на вопросы.', [
        ('Глава администрации г. Барнаула Людмила Кузьмина', Official(None, 'глава администрации', Person(None, 'Людмила', None, 'Кузьмина'), place='Барнаул')),
    ]),
    ('Мэр г. Тулы Иван Петров заявил о ремонте дорог.', [
        ('Мэр г. Тулы Иван Петров', Official(None, 'мэр', Person(None, 'Иван', None, 'Петров'), place='Тула')),
    ]),
    ('Начальник УМВД России по г. Туле Виктор Беляев провёл приём граждан.', [
        ('Начальник УМВД России по г. Туле Виктор Беляев', Official(None, 'начальник', Person(None, 'Виктор', None, 'Беляев'), organization='УМВД', place='Россия')),
    ]),
    ('С главой г. Твери Алексеем Огоньковым встретились журналисты.', [
        ('главой г. Твери Алексеем Огоньковым', Official(None, 'глава', Person(None, 'Алексей', None, 'Огоньков'), place='Тверь')),
    ]),
    ('Прокурор г. Сочи Олег Зуев возбудил дело.', [
        ('Прокурор г. Сочи Олег Зуев', Official(None, 'прокурор', Person(None, 'Олег', None, 'Зуев'), place='Сочи')),
    ]),
    # === 80. a see named by a hyphenated adjective, alone or with another
    ('Митрополит Санкт-Петербургский и Ладожский Варсонофий освятил новый храм.', [
        ('Митрополит Санкт-Петербургский и Ладожский Варсонофий', Official(None, 'митрополит', Person(None, 'Варсонофий', None, None))),
    ]),
    ('Епископ Нижне-Тагильский Феодосий прибыл в город.', [
        ('Епископ Нижне-Тагильский Феодосий', Official(None, 'епископ', Person(None, 'Феодосий', None, None))),
    ]),
    ('Митрополит Ханты-Мансийский и Сургутский Павел провёл службу.', [
        ('Митрополит Ханты-Мансийский и Сургутский Павел', Official(None, 'митрополит', Person(None, 'Павел', None, None))),
    ]),
    # === 81. a foreign surname in "-ье" does not decline
    ('Почётную грамоту вручили главному тренеру сборной Франции Жан-Полю Бертье.', [
        ('главному тренеру сборной Франции Жан-Полю Бертье', Official(None, 'главный тренер сборной', Person(None, 'Жан-Поль', None, 'Бертье'), place='Франция')),
    ]),
    ('Письмо направили послу Франции Пьеру Мерсье.', [
        ('послу Франции Пьеру Мерсье', Official(None, 'посол', Person(None, 'Пьер', None, 'Мерсье'), place='Франция')),
    ]),
    ('С министром финансов Бельгии Луи Гарнье встретился президент.', [
        ('министром финансов Бельгии Луи Гарнье', Official(None, 'министр финансов', Person(None, 'Луи', None, 'Гарнье'), place='Бельгия')),
    ]),
    # === 82. a name before "на пост" or "на должность" is whom the post is given to
    ('Депутаты переизбрали Виталия Громова на пост председателя комитета по бюджету и налогам.', [
        ('Виталия Громова на пост председателя комитета по бюджету и налогам', Official(None, 'председатель комитета по бюджету и налогам', Person(None, 'Виталий', None, 'Громов'))),
    ]),
    ('Президент назначил Анну Котову на должность министра.', [
        ('Анну Котову на должность министра', Official(None, 'министр', Person(None, 'Анна', None, 'Котова'))),
    ]),
    ('Совет рекомендовал Олесю Кравец на пост директора.', [
        ('Олесю Кравец на пост директора', Official(None, 'директор', Person(None, 'Олеся', None, 'Кравец'))),
    ]),
    ('Одобрено назначение Марии Зуевой на должность прокурора.', [
        ('Марии Зуевой на должность прокурора', Official(None, 'прокурор', Person(None, 'Мария', None, 'Зуева'))),
    ]),
    # === 83. heads: хоким, алькальд, торгпред, начальница, визирь
    ('Соглашение подписали мэр Казани Ильсур Метшин и хоким Ташкента Шавкат Умурзаков.', [
        ('мэр Казани Ильсур Метшин', Official(None, 'мэр', Person(None, 'Ильсур', None, 'Метшин'), place='Казань')),
        ('хоким Ташкента Шавкат Умурзаков', Official(None, 'хоким', Person(None, 'Шавкат', None, 'Умурзаков'), place='Ташкент')),
    ]),
    ('Алькальд Мадрида Хосе Луис Мартинес-Альмейда открыл выставку.', [
        ('Алькальд Мадрида Хосе Луис Мартинес-Альмейда', Official(None, 'алькальд', Person(None, 'Хосе', 'Луис', 'Мартинес-Альмейда'), place='Мадрид')),
    ]),
    ('Торгпред России во Франции Олег Зуев заявил.', [
        ('Торгпред России во Франции Олег Зуев', Official(None, 'торгпред', Person(None, 'Олег', None, 'Зуев'), place='Россия')),
    ]),
    ('Начальница отдела кадров Анна Котова уволилась.', [
        ('Начальница отдела кадров Анна Котова', Official(None, 'начальница отдела кадров', Person(None, 'Анна', None, 'Котова'))),
    ]),
    # === 84. a district, then the place it lies in
    ('Глава Ленинского района Москвы Иван Петров заявил о ремонте.', [
        ('Глава Ленинского района Москвы Иван Петров', Official(None, 'глава', Person(None, 'Иван', None, 'Петров'), place='Ленинский район Москвы')),
    ]),
    ('Прокурор Кировского района Санкт-Петербурга Анна Котова возбудила дело.', [
        ('Прокурор Кировского района Санкт-Петербурга Анна Котова', Official(None, 'прокурор', Person(None, 'Анна', None, 'Котова'), place='Кировский район Санкт-Петербурга')),
    ]),
    ('С главой администрации Одинцовского района Московской области Олегом Зуевым встретились жители.', [
        ('главой администрации Одинцовского района Московской области Олегом Зуевым', Official(None, 'глава администрации', Person(None, 'Олег', None, 'Зуев'), place='Одинцовский район Московской области')),
    ]),
    ('Начальник отдела опеки и попечительства администрации Центрального района г. Барнаула Людмила Кузьмина ответила на вопросы.', [
        ('Начальник отдела опеки и попечительства администрации Центрального района г. Барнаула Людмила Кузьмина', Official(None, 'начальник отдела опеки и попечительства администрации', Person(None, 'Людмила', None, 'Кузьмина'), place='Центральный район г. Барнаула')),
    ]),
    ('Прокурору Кировского района города Уфы Петру Орлову направили жалобу.', [
        ('Прокурору Кировского района города Уфы Петру Орлову', Official(None, 'прокурор', Person(None, 'Петр', None, 'Орлов'), place='Кировский район города Уфы')),
    ]),
    # === 85. a Hispanic second given name the dictionary knows only as a surname, then a surname that is a place's name too
    ('Переговоры с министром иностранных дел Перу Хуаном Карлосом Мендосой продолжались.', [
        ('министром иностранных дел Перу Хуаном Карлосом Мендосой', Official(None, 'министр иностранных дел', Person(None, 'Хуан', 'Карлос', 'Мендоса'), place='Перу')),
    ]),
    ('Мэр Мадрида Хосе Карлос Толедо открыл выставку.', [
        ('Мэр Мадрида Хосе Карлос Толедо', Official(None, 'мэр', Person(None, 'Хосе', 'Карлос', 'Толедо'), place='Мадрид')),
    ]),
    ('Посол Чили Хуан Карлос Кордова вручил грамоты.', [
        ('Посол Чили Хуан Карлос Кордова', Official(None, 'посол', Person(None, 'Хуан', 'Карлос', 'Кордова'), place='Чили')),
    ]),
    # --- a Russian surname before a place is no second given name
    ('Президент Иван Петров Москва посетил.', [
        ('Президент Иван Петров', Official(None, 'президент', Person(None, 'Иван', None, 'Петров'))),
    ]),
    # === 86. a plural post and its holders after a dash; three places paired with three holders
    ('Министры обороны России, Белоруссии и Казахстана — Андрей Белоусов, Виктор Хренин и Руслан Жаксылыков — обсудили учения.', [
        ('Министры обороны России, Белоруссии и Казахстана — Андрей Белоусов, Виктор Хренин и Руслан Жаксылыков', Official(None, 'министр обороны', Person(None, 'Андрей', None, 'Белоусов'), place='Россия')),
        ('Министры обороны России, Белоруссии и Казахстана — Андрей Белоусов, Виктор Хренин и Руслан Жаксылыков', Official(None, 'министр обороны', Person(None, 'Виктор', None, 'Хренин'), place='Белоруссия')),
        ('Министры обороны России, Белоруссии и Казахстана — Андрей Белоусов, Виктор Хренин и Руслан Жаксылыков', Official(None, 'министр обороны', Person(None, 'Руслан', None, 'Жаксылыков'), place='Казахстан')),
    ]),
    ('Губернаторы Тульской и Калужской областей — Алексей Дюмин и Владислав Шапша — подписали соглашение.', [
        ('Губернаторы Тульской и Калужской областей — Алексей Дюмин и Владислав Шапша', Official(None, 'губернатор', Person(None, 'Алексей', None, 'Дюмин'), place='Тульская область')),
        ('Губернаторы Тульской и Калужской областей — Алексей Дюмин и Владислав Шапша', Official(None, 'губернатор', Person(None, 'Владислав', None, 'Шапша'), place='Калужская область')),
    ]),
    ('Члены комиссии — Анна Котова и Олег Зуев — проверили документы.', [
        ('Члены комиссии — Анна Котова и Олег Зуев', Official(None, 'член комиссии', Person(None, 'Анна', None, 'Котова'))),
        ('Члены комиссии — Анна Котова и Олег Зуев', Official(None, 'член комиссии', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    ('Сопредседатели движения — Анна Котова, Олег Зуев и Пётр Сомов.', [
        ('Сопредседатели движения — Анна Котова, Олег Зуев и Пётр Сомов', Official(None, 'сопредседатель движения', Person(None, 'Анна', None, 'Котова'))),
        ('Сопредседатели движения — Анна Котова, Олег Зуев и Пётр Сомов', Official(None, 'сопредседатель движения', Person(None, 'Олег', None, 'Зуев'))),
        ('Сопредседатели движения — Анна Котова, Олег Зуев и Пётр Сомов', Official(None, 'сопредседатель движения', Person(None, 'Пётр', None, 'Сомов'))),
    ]),
    ('Послы Франции, Италии и Испании Пьер Леви, Чекко Пьетро и Марсело Гарсия вручили ноту.', [
        ('Послы Франции, Италии и Испании Пьер Леви, Чекко Пьетро и Марсело Гарсия', Official(None, 'посол', Person(None, 'Пьер', None, 'Леви'), place='Франция')),
        ('Послы Франции, Италии и Испании Пьер Леви, Чекко Пьетро и Марсело Гарсия', Official(None, 'посол', Person(None, 'Чекко', None, 'Пьетро'), place='Италия')),
        ('Послы Франции, Италии и Испании Пьер Леви, Чекко Пьетро и Марсело Гарсия', Official(None, 'посол', Person(None, 'Марсело', None, 'Гарсия'), place='Испания')),
    ]),
    # --- a singular post holds one name
    ('Министр обороны России — Андрей Белоусов и Виктор Хренин обсудили.', [
        ('Министр обороны России — Андрей Белоусов', Official(None, 'министр обороны', Person(None, 'Андрей', None, 'Белоусов'), place='Россия')),
    ]),
    # === 88. an official representative speaks for a party or a union: a post, no membership
    ('Заявил официальный представитель «Национального союза этических граждан» Сесар Дуран.', [
        ('официальный представитель «Национального союза этических граждан» Сесар Дуран', Official(None, 'официальный представитель', Person(None, 'Сесар', None, 'Дуран'), organization='Национальный союз этических граждан')),
    ]),
    ('Официальный представитель партии «Яблоко» Иван Петров опроверг слухи.', [
        ('Официальный представитель партии «Яблоко» Иван Петров', Official(None, 'официальный представитель', Person(None, 'Иван', None, 'Петров'), organization='Яблоко')),
    ]),
    ('Официальный представитель Союза правых сил Олег Зуев выступил.', [
        ('Официальный представитель Союза правых сил Олег Зуев', Official(None, 'официальный представитель', Person(None, 'Олег', None, 'Зуев'), organization='Союз правых сил')),
    ]),
    # === 89. a name in an oblique case, a circumstance and a dash, then the post in the same case
    ('Исполнилось 70 лет Ольге Петровне Лаврентьевой, в 1995—2005 годах — председателю Арбитражного суда Свердловской области.', [
        ('Ольге Петровне Лаврентьевой, в 1995—2005 годах — председателю Арбитражного суда Свердловской области', Official(None, 'председатель', Person(None, 'Ольга', 'Петровна', 'Лаврентьева'), organization='Арбитражный суд', place='Свердловская область')),
    ]),
    ('Памятник посвящён Ивану Сомову, в 1960-х годах — первому секретарю обкома.', [
        ('Ивану Сомову, в 1960-х годах — первому секретарю обкома', Official(None, 'первый секретарь обкома', Person(None, 'Иван', None, 'Сомов'))),
    ]),
    ('Встреча с Анной Котовой, в 2010—2015 годах — министром культуры, прошла в музее.', [
        ('Анной Котовой, в 2010—2015 годах — министром культуры', Official(None, 'министр культуры', Person(None, 'Анна', None, 'Котова'))),
    ]),
    # === 90. an abbreviated body with its governed words and the one it is named after
    ('Директор НМИЦ онкологии имени Блохина Иван Стилиди заявил о новом корпусе.', [
        ('Директор НМИЦ онкологии имени Блохина Иван Стилиди', Official(None, 'директор', Person(None, 'Иван', None, 'Стилиди'), organization='НМИЦ онкологии имени Блохина')),
    ]),
    ('Заведующий лабораторией НИИ нормальной физиологии имени П. К. Анохина профессор Константин Анохин прочитал лекцию.', [
        ('Заведующий лабораторией НИИ нормальной физиологии имени П. К. Анохина профессор Константин Анохин', Official(None, 'заведующий лабораторией', Person(None, 'Константин', None, 'Анохин'), organization='НИИ нормальной физиологии имени П. К. Анохина')),
        ('профессор Константин Анохин', Official(None, 'профессор', Person(None, 'Константин', None, 'Анохин'))),
    ]),
    ('С директором НИИ скорой помощи имени Склифосовского Сергеем Петриковым встретились врачи.', [
        ('директором НИИ скорой помощи имени Склифосовского Сергеем Петриковым', Official(None, 'директор', Person(None, 'Сергей', None, 'Петриков'), organization='НИИ скорой помощи имени Склифосовского')),
    ]),
    # === 91. an abbreviated kind of institute and its field; a named institution of a ministry
    ('Директор НИИ скорой помощи Сергей Петриков заявил о новых методах.', [
        ('Директор НИИ скорой помощи Сергей Петриков', Official(None, 'директор', Person(None, 'Сергей', None, 'Петриков'), organization='НИИ скорой помощи')),
    ]),
    ('С директором ЦНИИ робототехники Олегом Зуевым встретились студенты.', [
        ('директором ЦНИИ робототехники Олегом Зуевым', Official(None, 'директор', Person(None, 'Олег', None, 'Зуев'), organization='ЦНИИ робототехники')),
    ]),
    ('Заместитель директора по научной работе ФГБУ «НМИЦ онкологии» Минздрава России Ирина Левина представила результаты.', [
        ('Заместитель директора по научной работе ФГБУ «НМИЦ онкологии» Минздрава России Ирина Левина', Official(None, 'заместитель директора по научной работе', Person(None, 'Ирина', None, 'Левина'), organization='НМИЦ онкологии', place='Россия')),
    ]),
    ('Директор ФГБУ «Центр стратегического планирования» Минздрава России Анна Котова выступила.', [
        ('Директор ФГБУ «Центр стратегического планирования» Минздрава России Анна Котова', Official(None, 'директор', Person(None, 'Анна', None, 'Котова'), organization='Центр стратегического планирования', place='Россия')),
    ]),
    # === 92. a church and the saint it is dedicated to in the post; a cleric's rank before the name
    ('Настоятель храма Святителя Николая в Хамовниках протоиерей Андрей Ефимов призвал прихожан помочь.', [
        ('Настоятель храма Святителя Николая в Хамовниках протоиерей Андрей Ефимов', Official(None, 'настоятель храма Святителя Николая', Person(None, 'Андрей', None, 'Ефимов'), place='Хамовники')),
        ('протоиерей Андрей Ефимов', Official(None, 'протоиерей', Person(None, 'Андрей', None, 'Ефимов'))),
    ]),
    ('Председатель Духовного управления мусульман Республики Татарстан муфтий Камиль Самигуллин поздравил верующих.', [
        ('Председатель Духовного управления мусульман Республики Татарстан муфтий Камиль Самигуллин', Official(None, 'председатель', Person(None, 'Камиль', None, 'Самигуллин'), organization='Духовное управление мусульман', place='Республика Татарстан')),
        ('муфтий Камиль Самигуллин', Official(None, 'муфтий', Person(None, 'Камиль', None, 'Самигуллин'))),
    ]),
    ('Главный раввин России Берл Лазар выступил на конференции.', [
        ('Главный раввин России Берл Лазар', Official(None, 'главный раввин', Person(None, 'Берл', None, 'Лазар'), place='Россия')),
    ]),
    # === 93. a post and its holder with "которого" between them
    ('Обладателем Кубка стал «Локомотив», главный тренер которого Игорь Никитин назвал победу заслугой команды.', [
        ('главный тренер которого Игорь Никитин', Official(None, 'главный тренер', Person(None, 'Игорь', None, 'Никитин'))),
    ]),
    ('Компания, генеральный директор которой Анна Котова ушла в отставку, закрылась.', [
        ('генеральный директор которой Анна Котова', Official(None, 'генеральный директор', Person(None, 'Анна', None, 'Котова'))),
    ]),
    # === 94. a given name the dictionary also has as an informal vocative; a head: обвинитель
    ('Глава Tesla Илон Маск сообщил о новом заводе.', [
        ('Глава Tesla Илон Маск', Official(None, 'глава', Person(None, 'Илон', None, 'Маск'), organization='Tesla')),
    ]),
    ('Ходатайство поддержал государственный обвинитель Илья Смоленцев.', [
        ('государственный обвинитель Илья Смоленцев', Official(None, 'государственный обвинитель', Person(None, 'Илья', None, 'Смоленцев'))),
    ]),
    # === 95. a body named in quotes, then the directorate or company it belongs to
    ('Начальник отдела полиции «Заречный» УМВД по Туле Денис Корнеев провёл приём граждан.', [
        ('Начальник отдела полиции «Заречный» УМВД по Туле Денис Корнеев', Official(None, 'начальник отдела полиции', Person(None, 'Денис', None, 'Корнеев'), organization='Заречный', place='Тула')),
    ]),
    ('Директор филиала «Тулаэнерго» ПАО «Россети» Иван Петров заявил о ремонте сетей.', [
        ('Директор филиала «Тулаэнерго» ПАО «Россети» Иван Петров', Official(None, 'директор филиала', Person(None, 'Иван', None, 'Петров'), organization='Тулаэнерго')),
    ]),
    ('Начальник отдела полиции «Центральный» УМВД России по Калуге Олег Зуев провёл приём.', [
        ('Начальник отдела полиции «Центральный» УМВД России по Калуге Олег Зуев', Official(None, 'начальник отдела полиции', Person(None, 'Олег', None, 'Зуев'), organization='Центральный', place='Россия')),
    ]),
    # --- after a body in quotes a capitalized word begins the holder's name
    ('Председатель правления «Фонда Викимедиа» Флоранс Девуар выступила.', [
        ('Председатель правления «Фонда Викимедиа» Флоранс Девуар', Official(None, 'председатель правления', Person(None, 'Флоранс', None, 'Девуар'), organization='Фонд Викимедиа')),
    ]),
    # === 96. a named kind of body, then its own name in quotes
    ('Ректор Национального исследовательского университета «Высшая школа экономики» Никита Анисимов заявил о приёме.', [
        ('Ректор Национального исследовательского университета «Высшая школа экономики» Никита Анисимов', Official(None, 'ректор', Person(None, 'Никита', None, 'Анисимов'), organization='Высшая школа экономики')),
    ]),
    ('Директор Государственного музея «Эрмитаж» Михаил Пиотровский открыл выставку.', [
        ('Директор Государственного музея «Эрмитаж» Михаил Пиотровский', Official(None, 'директор', Person(None, 'Михаил', None, 'Пиотровский'), organization='Эрмитаж')),
    ]),
    ('С директором Центра современной культуры «Гараж» Антоном Беловым встретились художники.', [
        ('директором Центра современной культуры «Гараж» Антоном Беловым', Official(None, 'директор', Person(None, 'Антон', None, 'Белов'), organization='Гараж')),
    ]),
    # === 97. the post, the copula, a time, then the name; an abbreviated body of a parent body
    ('Мэром города был в 1990-х годах Иван Петров.', [
        ('Мэром города был в 1990-х годах Иван Петров', Official(None, 'мэр города', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('Директором завода стал в 2010 году Олег Зуев.', [
        ('Директором завода стал в 2010 году Олег Зуев', Official(None, 'директор завода', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    ('Премьер-министром Израиля была в 1969—1974 годах Голда Меир.', [
        ('Премьер-министром Израиля была в 1969—1974 годах Голда Меир', Official(None, 'премьер-министр', Person(None, 'Голда', None, 'Меир'), place='Израиль')),
    ]),
    ('Министром обороны стал Акира Амари.', [
        ('Министром обороны стал Акира Амари', Official(None, 'министр обороны', Person(None, 'Акира', None, 'Амари'))),
    ]),
    ('Начальник ГРУ Генштаба Игорь Костюков заявил о реформе.', [
        ('Начальник ГРУ Генштаба Игорь Костюков', Official(None, 'начальник', Person(None, 'Игорь', None, 'Костюков'), organization='ГРУ')),
    ]),
    ('Директор ФСИН Минюста России Иван Петров провёл совещание.', [
        ('Директор ФСИН Минюста России Иван Петров', Official(None, 'директор', Person(None, 'Иван', None, 'Петров'), organization='ФСИН', place='Россия')),
    ]),
    # === 98. a post held under someone named by a post and a place, then the holder
    ('Адвокат вице-мэра Иркутска Натальи Кравченко Сергей Мельников заявил о жалобе.', [
        ('Адвокат вице-мэра Иркутска Натальи Кравченко Сергей Мельников', Official(None, 'адвокат вице-мэра', Person(None, 'Сергей', None, 'Мельников'), place='Иркутск')),
        ('вице-мэра Иркутска Натальи Кравченко', Official(None, 'вице-мэр', Person(None, 'Наталья', None, 'Кравченко'), place='Иркутск')),
    ]),
    ('Помощник мэра Томска Ивана Кляйна Олег Зуев ушёл в отставку.', [
        ('Помощник мэра Томска Ивана Кляйна Олег Зуев', Official(None, 'помощник мэра', Person(None, 'Олег', None, 'Зуев'), place='Томск')),
        ('мэра Томска Ивана Кляйна', Official(None, 'мэр', Person(None, 'Иван', None, 'Кляйн'), place='Томск')),
    ]),
    # === 99. a name, a time, then the post in the nominative, as after a dash
    ('Ислам Каримов с 1991 года президент Узбекистана.', [
        ('Ислам Каримов с 1991 года президент Узбекистана', Official(None, 'президент', Person(None, 'Ислам', None, 'Каримов'), place='Узбекистан')),
    ]),
    ('Анна Котова в 2005—2010 годах министр культуры области.', [
        ('Анна Котова в 2005—2010 годах министр культуры области', Official(None, 'министр культуры области', Person(None, 'Анна', None, 'Котова'))),
    ]),
    ('Иван Петров с 2010 года директор школы № 5.', [
        ('Иван Петров с 2010 года директор школы № 5', Official(None, 'директор школы № 5', Person(None, 'Иван', None, 'Петров'))),
    ]),
    # === 100. a post held under someone whose surname the dictionary knows as a common noun, then the holder
    ('Советник президента Франции Эмманюэля Макрона Иван Котов заявил.', [
        ('Советник президента Франции Эмманюэля Макрона Иван Котов', Official(None, 'советник президента', Person(None, 'Иван', None, 'Котов'), place='Франция')),
        ('президента Франции Эмманюэля Макрона', Official(None, 'президент', Person(None, 'Эмманюэль', None, 'Макрон'), place='Франция')),
    ]),
    # === 101. a country named by an adjective before a public post or inside its body
    ('Белорусский лидер Александр Лукашенко заявил о переговорах.', [
        ('Белорусский лидер Александр Лукашенко', Official(None, 'лидер', Person(None, 'Александр', None, 'Лукашенко'), place='Белоруссия')),
    ]),
    ('Глава российского МИД Сергей Лавров прибыл в Анкару.', [
        ('Глава российского МИД Сергей Лавров', Official(None, 'глава', Person(None, 'Сергей', None, 'Лавров'), organization='МИД', place='Россия')),
    ]),
    ('Встреча с украинским президентом Владимиром Зеленским прошла в Вашингтоне.', [
        ('украинским президентом Владимиром Зеленским', Official(None, 'президент', Person(None, 'Владимир', None, 'Зеленский'), place='Украина')),
    ]),
    # --- before a calling the adjective is a nationality, no place of the post
    ('Итальянский продюсер Марко Росси представил фильм.', [
        ('продюсер Марко Росси', Official(None, 'продюсер', Person(None, 'Марко', None, 'Росси'))),
    ]),
    # === 102. a Latin name of two parts joined by "&"
    ('Руководитель подразделения Microsoft Entertainment & Devices Робби Бах покинул компанию.', [
        ('Руководитель подразделения Microsoft Entertainment & Devices Робби Бах', Official(None, 'руководитель подразделения', Person(None, 'Робби', None, 'Бах'), organization='Microsoft Entertainment & Devices')),
    ]),
    ('Глава Johnson & Johnson Алекс Горски заявил о сделке.', [
        ('Глава Johnson & Johnson Алекс Горски', Official(None, 'глава', Person(None, 'Алекс', None, 'Горски'), organization='Johnson & Johnson')),
    ]),
    # === 103. the tenure of a post, then whose it was, in the genitive
    ('Кредит выдали во время президентства Виктора Януковича.', [
        ('президентства Виктора Януковича', Official(None, 'президент', Person(None, 'Виктор', None, 'Янукович'))),
    ]),
    ('В начале президентства Бориса Ельцина начались реформы.', [
        ('президентства Бориса Ельцина', Official(None, 'президент', Person(None, 'Борис', None, 'Ельцин'))),
    ]),
    ('Это было во время первого президентского срока Путина.', [
        ('президентского срока Путина', Official(None, 'президент', Person(None, None, None, 'Путин'))),
    ]),
    ('Во время премьерства Маргарет Тэтчер шахтёры бастовали.', [
        ('премьерства Маргарет Тэтчер', Official(None, 'премьер', Person(None, 'Маргарет', None, 'Тэтчер'))),
    ]),
    ('После губернаторства Олега Зуева область осталась в долгах.', [
        ('губернаторства Олега Зуева', Official(None, 'губернатор', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    # === 104. a name of three words ending in a given name that runs on into the next person is no person
    ('Помощник министра Петера Ханса Мария Котова выступила.', [
        ('Помощник министра Петера Ханса Мария Котова', Official(None, 'помощник министра', Person(None, 'Мария', None, 'Котова'))),
        ('министра Петера Ханса', Official(None, 'министр', Person(None, 'Петер', None, 'Ханс'))),
    ]),
    # === 105. a monarch by his sole name, a copula and the title with its country
    ('Филипп станет седьмым по счёту королём Бельгии.', [
        ('Филипп станет седьмым по счёту королём Бельгии', Official(None, 'король', Person(None, 'Филипп', None, None), place='Бельгия')),
    ]),
    ('Карл III стал королём Великобритании.', [
        ('Карл III стал королём Великобритании', Official(None, 'король', Person(None, 'Карл III', None, None), place='Великобритания')),
    ]),
    ('Королём Бельгии стал Филипп.', [
        ('Королём Бельгии стал Филипп', Official(None, 'король', Person(None, 'Филипп', None, None), place='Бельгия')),
    ]),
    ('Королевой Дании стала Маргрете II.', [
        ('Королевой Дании стала Маргрете II', Official(None, 'королева', Person(None, 'Маргрете II', None, None), place='Дания')),
    ]),
    # === 106. the seat of a post, where it is, the verb of taking it, the holder
    ('Место спикера Палаты представителей в новом Конгрессе занял республиканец Джон Бейнер.', [
        ('Место спикера Палаты представителей в новом Конгрессе занял республиканец Джон Бейнер', Official(None, 'спикер', Person(None, 'Джон', None, 'Бейнер'), organization='Палата представителей')),
    ]),
    ('Кресло мэра в новом созыве заняла Анна Котова.', [
        ('Кресло мэра в новом созыве заняла Анна Котова', Official(None, 'мэр', Person(None, 'Анна', None, 'Котова'))),
    ]),
    # === 107. what else the holder is, joined to the post by a comma or "и" right before the name
    ('Художественный руководитель театра «Ленком», актёр и режиссёр Марк Захаров рассказал о премьере.', [
        ('Художественный руководитель театра «Ленком», актёр и режиссёр Марк Захаров', Official(None, 'художественный руководитель', Person(None, 'Марк', None, 'Захаров'), organization='Ленком')),
    ]),
    ('Мы поговорили с художественным руководителем театра, режиссёром Марком Захаровым.', [
        ('художественным руководителем театра, режиссёром Марком Захаровым', Official(None, 'художественный руководитель театра', Person(None, 'Марк', None, 'Захаров'))),
    ]),
    ('Об этом сообщил директор музея и историк из Новосибирска Алексей Котов.', [
        ('директор музея и историк из Новосибирска Алексей Котов', Official(None, 'директор музея', Person(None, 'Алексей', None, 'Котов'))),
    ]),
    ('Главный врач больницы, известный хирург Олег Смирнов провёл операцию.', [
        ('Главный врач больницы, известный хирург Олег Смирнов', Official(None, 'главный врач больницы', Person(None, 'Олег', None, 'Смирнов'))),
    ]),
    ('Интервью дал глава фонда, писатель и публицист Игорь Волгин.', [
        ('глава фонда, писатель и публицист Игорь Волгин', Official(None, 'глава фонда', Person(None, 'Игорь', None, 'Волгин'))),
    ]),
    ('Декан факультета журналистики и литературовед Елена Вартанова открыла конференцию.', [
        ('Декан факультета журналистики и литературовед Елена Вартанова', Official(None, 'декан факультета журналистики', Person(None, 'Елена', None, 'Вартанова'))),
    ]),
    ('Выставку открыл директор Эрмитажа, востоковед Михаил Пиотровский.', [
        ('директор Эрмитажа, востоковед Михаил Пиотровский', Official(None, 'директор', Person(None, 'Михаил', None, 'Пиотровский'), organization='Эрмитаж')),
    ]),
    ('Письмо подписала председатель попечительского совета, актриса Чулпан Хаматова.', [
        ('председатель попечительского совета, актриса Чулпан Хаматова', Official(None, 'председатель попечительского совета', Person(None, 'Чулпан', None, 'Хаматова'))),
    ]),
    ('Об этом рассказал директор Эрмитажа, историк и востоковед Михаил Пиотровский.', [
        ('директор Эрмитажа, историк и востоковед Михаил Пиотровский', Official(None, 'директор', Person(None, 'Михаил', None, 'Пиотровский'), organization='Эрмитаж')),
    ]),
    ('С директором заповедника, биологом Анной Лебедевой встретились школьники.', [
        ('директором заповедника, биологом Анной Лебедевой', Official(None, 'директор заповедника', Person(None, 'Анна', None, 'Лебедева'))),
    ]),
    # === 108. Latin names with diacritics
    ('Глава Nestlé Марк Шнайдер посетил завод в Самаре.', [
        ('Глава Nestlé Марк Шнайдер', Official(None, 'глава', Person(None, 'Марк', None, 'Шнайдер'), organization='Nestlé')),
    ]),
    ('Генеральный директор Société Générale Фредерик Удеа дал интервью.', [
        ('Генеральный директор Société Générale Фредерик Удеа', Official(None, 'генеральный директор', Person(None, 'Фредерик', None, 'Удеа'), organization='Société Générale')),
    ]),
    ('Председатель правления Škoda Auto Клаус Целмер представил новую модель.', [
        ('Председатель правления Škoda Auto Клаус Целмер', Official(None, 'председатель правления', Person(None, 'Клаус', None, 'Целмер'), organization='Škoda Auto')),
    ]),
    ('Директор фонда (Fundación Telefónica) Карлос Пальма рассказал о проекте.', [
        ('Директор фонда (Fundación Telefónica) Карлос Пальма', Official(None, 'директор фонда', Person(None, 'Карлос', None, 'Пальма'))),
    ]),
    ('Как заявил официальный представитель Национального союза граждан (Unión Nacional de Ciudadanos) Сесар Дуран, это случайность.', [
        ('официальный представитель Национального союза граждан (Unión Nacional de Ciudadanos) Сесар Дуран', Official(None, 'официальный представитель', Person(None, 'Сесар', None, 'Дуран'), organization='Национальный союз граждан')),
    ]),
    ('Вице-президент Citroën Жан-Люк Дюпон приехал в Калугу.', [
        ('Вице-президент Citroën Жан-Люк Дюпон', Official(None, 'вице-президент', Person(None, 'Жан-Люк', None, 'Дюпон'), organization='Citroën')),
    ]),
    ('На встрече были Иван Петров, директор музея, историк Алексей Котов и другие.', [
        ('Иван Петров, директор музея', Official(None, 'директор музея', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('Выступили Ольга Смирнова, главный врач больницы, хирург Олег Зуев и медсёстры.', [
        ('Ольга Смирнова, главный врач больницы', Official(None, 'главный врач больницы', Person(None, 'Ольга', None, 'Смирнова'))),
    ]),
    ('Открытие посетил мэр города, писатель Захар Прилепин.', [
        ('мэр города, писатель Захар Прилепин', Official(None, 'мэр города', Person(None, 'Захар', None, 'Прилепин'))),
    ]),
    # === 109. a relative before a post and a name in the post's case: the name is the holder's
    ('Сын президента Франции Франсуа Олланда учится в Лондоне.', [
        ('президента Франции Франсуа Олланда', Official(None, 'президент', Person(None, 'Франсуа', None, 'Олланд'), place='Франция')),
    ]),
    ('Жена президента Франции Эмманюэля Макрона посетила больницу.', [
        ('президента Франции Эмманюэля Макрона', Official(None, 'президент', Person(None, 'Эмманюэль', None, 'Макрон'), place='Франция')),
    ]),
    ('Дочь президента США Дональда Трампа Иванка прилетела в Токио.', [
        ('президента США Дональда Трампа', Official(None, 'президент', Person(None, 'Дональд', None, 'Трамп'), place='США')),
    ]),
    ('Брат министра Сергея Лаврова живёт в Москве.', [
        ('министра Сергея Лаврова', Official(None, 'министр', Person(None, 'Сергей', None, 'Лавров'))),
    ]),
    ('Внук принца Уэльского Чарльза родился в Лондоне.', [
        ('принца Уэльского Чарльза', Official(None, 'принц', Person(None, 'Чарльз', None, None))),
    ]),
    # === 110. "назначенный", "утверждённый" before the post taken and the name
    ('Назначенный ректором Уральского горного университета Дмитрий Пеньков пообещал сохранить факультеты.', [
        ('Назначенный ректором Уральского горного университета Дмитрий Пеньков', Official(None, 'ректор', Person(None, 'Дмитрий', None, 'Пеньков'), organization='Уральский горный университет')),
    ]),
    ('Назначенный в прошлом месяце прокурором Курганской области Андрей Зотов провёл заседание.', [
        ('Назначенный в прошлом месяце прокурором Курганской области Андрей Зотов', Official(None, 'прокурор', Person(None, 'Андрей', None, 'Зотов'), place='Курганская область')),
    ]),
    ('Утверждённая министром культуры Ольга Любимова выступила в Думе.', [
        ('Утверждённая министром культуры Ольга Любимова', Official(None, 'министр культуры', Person(None, 'Ольга', None, 'Любимова'))),
    ]),
    ('Назначенная послом в Швеции Анна Котова вручила верительные грамоты.', [
        ('Назначенная послом в Швеции Анна Котова', Official(None, 'посол', Person(None, 'Анна', None, 'Котова'), place='Швеция')),
    ]),
    ('Встреча с назначенным губернатором Тульской области Алексеем Дюминым прошла в Кремле.', [
        ('губернатором Тульской области Алексеем Дюминым', Official(None, 'губернатор', Person(None, 'Алексей', None, 'Дюмин'), place='Тульская область')),
    ]),
    # === 111. a compound body's name and the words it governs ("Генштаба Вооружённых сил")
    ('Начальник Генштаба Вооружённых сил РФ Валерий Герасимов провёл совещание.', [
        ('Начальник Генштаба Вооружённых сил РФ Валерий Герасимов', Official(None, 'начальник', Person(None, 'Валерий', None, 'Герасимов'), organization='Генштаб Вооружённых сил', place='РФ')),
    ]),
    ('Начальник ГРУ Генштаба Вооруженных сил РФ генерал-полковник Александр Шляхтуров уволен.', [
        ('Начальник ГРУ Генштаба Вооруженных сил РФ генерал-полковник Александр Шляхтуров', Official(None, 'начальник', Person(None, 'Александр', None, 'Шляхтуров'), organization='ГРУ', place='РФ')),
        ('генерал-полковник Александр Шляхтуров', Official(None, 'генерал-полковник', Person(None, 'Александр', None, 'Шляхтуров'))),
    ]),
    ('С начальником Генштаба Вооружённых сил Белоруссии Павлом Муравейко встретился министр.', [
        ('начальником Генштаба Вооружённых сил Белоруссии Павлом Муравейко', Official(None, 'начальник', Person(None, 'Павел', None, 'Муравейко'), organization='Генштаб Вооружённых сил', place='Белоруссия')),
    ]),
    ('Первый замглавнокомандующего Сухопутными войсками Сергей Скоков приехал в округ.', [
        ('Первый замглавнокомандующего Сухопутными войсками Сергей Скоков', Official(None, 'первый замглавнокомандующего', Person(None, 'Сергей', None, 'Скоков'), organization='Сухопутные войска')),
    ]),
    # === 112. bodies that unite members, and military units, named by a capitalized noun
    ('Председатель Общества защиты прав потребителей Михаил Аникин выступил на слушаниях.', [
        ('Председатель Общества защиты прав потребителей Михаил Аникин', Official(None, 'председатель', Person(None, 'Михаил', None, 'Аникин'), organization='Общество защиты прав потребителей')),
    ]),
    ('Президент Сети базовой ренты Даньел Равентос выступил с докладом.', [
        ('Президент Сети базовой ренты Даньел Равентос', Official(None, 'президент', Person(None, 'Даньел', None, 'Равентос'), organization='Сеть базовой ренты')),
    ]),
    ('Председатель Клуба региональной журналистики Ирина Ясина провела семинар.', [
        ('Председатель Клуба региональной журналистики Ирина Ясина', Official(None, 'председатель', Person(None, 'Ирина', None, 'Ясина'), organization='Клуб региональной журналистики')),
    ]),
    ('Глава Московской биржи Юрий Денисов прокомментировал торги.', [
        ('Глава Московской биржи Юрий Денисов', Official(None, 'глава', Person(None, 'Юрий', None, 'Денисов'), organization='Московская биржа')),
    ]),
    ('Командующий Корпусом морской пехоты США генерал Дэвид Бергер посетил базу.', [
        ('Командующий Корпусом морской пехоты США генерал Дэвид Бергер', Official(None, 'командующий', Person(None, 'Дэвид', None, 'Бергер'), organization='Корпус морской пехоты', place='США')),
        ('генерал Дэвид Бергер', Official(None, 'генерал', Person(None, 'Дэвид', None, 'Бергер'))),
    ]),
    ('Председатель Конфедерации труда России Борис Кравченко выступил на митинге.', [
        ('Председатель Конфедерации труда России Борис Кравченко', Official(None, 'председатель', Person(None, 'Борис', None, 'Кравченко'), organization='Конфедерация труда', place='Россия')),
    ]),
    ('С президентом Русского географического общества Сергеем Шойгу встретились школьники.', [
        ('президентом Русского географического общества Сергеем Шойгу', Official(None, 'президент', Person(None, 'Сергей', None, 'Шойгу'), organization='Русское географическое общество')),
    ]),
    # === 113. words typed with look-alike letters of both alphabets
    ('Бывший президент Сальвадора Фран\u0063иско Флорес скончался в больнице.', [
        ('Бывший президент Сальвадора Фран\u0063иско Флорес', Official(None, 'президент', Person(None, 'Франсиско', None, 'Флорес'), place='Сальвадор')),
    ]),
    ('Министр экономики Японии То\u0063имицу Мотэги провёл переговоры.', [
        ('Министр экономики Японии То\u0063имицу Мотэги', Official(None, 'министр экономики', Person(None, 'Тосимицу', None, 'Мотэги'), place='Япония')),
    ]),
    ('Губернатор области Ив\u0061н Петров подписал указ.', [
        ('Губернатор области Ив\u0061н Петров', Official(None, 'губернатор области', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('Глава района Олег К\u006fтов открыл школу.', [
        ('Глава района Олег К\u006fтов', Official(None, 'глава района', Person(None, 'Олег', None, 'Котов'))),
    ]),
    ('Г\u0065неральный директор компании Сергей Орлов уволен.', [
        ('Г\u0065неральный директор компании Сергей Орлов', Official(None, 'генеральный директор компании', Person(None, 'Сергей', None, 'Орлов'))),
    ]),
    ('Пр\u0065зидент клуба Игорь Лебедев подал в отставку.', [
        ('Пр\u0065зидент клуба Игорь Лебедев', Official(None, 'президент клуба', Person(None, 'Игорь', None, 'Лебедев'))),
    ]),
    # === 114. a name in the accusative after a post in the instrumental: the object of a verb or noun of appointing
    ('Президент назначил директором фонда Ивана Петрова.', [
        ('директором фонда Ивана Петрова', Official(None, 'директор фонда', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('Президент назначил новым директором фонда Ивана Петрова.', [
        ('новым директором фонда Ивана Петрова', Official(None, 'директор фонда', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('Совет избрал председателем правления Ивана Петрова.', [
        ('председателем правления Ивана Петрова', Official(None, 'председатель правления', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('Назначение директором фонда Ивана Петрова вызвало споры.', [
        ('директором фонда Ивана Петрова', Official(None, 'директор фонда', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('Губернатор утвердил министром здравоохранения области Олега Зуева.', [
        ('министром здравоохранения области Олега Зуева', Official(None, 'министр здравоохранения области', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    ('Мы встретились с председателем правления Иваном Петровым.', [
        ('председателем правления Иваном Петровым', Official(None, 'председатель правления', Person(None, 'Иван', None, 'Петров'))),
    ]),
    # === 115. a circumstance, the copula, then what the holder is before the name
    ('Генеральным секретарём ООН с 1 января 2017 года стал португалец Антониу Гутерриш.', [
        ('Генеральным секретарём ООН с 1 января 2017 года стал португалец Антониу Гутерриш', Official(None, 'генеральный секретарь', Person(None, 'Антониу', None, 'Гутерриш'), organization='ООН')),
    ]),
    ('Главным тренером команды в прошлом сезоне был назначен итальянец Лучано Спаллетти.', [
        ('Главным тренером команды в прошлом сезоне был назначен итальянец Лучано Спаллетти', Official(None, 'главный тренер команды', Person(None, 'Лучано', None, 'Спаллетти'))),
    ]),
    ('Председателем комиссии в среду избран известный юрист Павел Крашенинников.', [
        ('Председателем комиссии в среду избран известный юрист Павел Крашенинников', Official(None, 'председатель комиссии', Person(None, 'Павел', None, 'Крашенинников'))),
    ]),
    # === 116. a body's topic joined by "и", a post attached to a body and on a topic
    ('Председатель комитета Госдумы по бюджету и налогам Андрей Макаров заявил о поправках.', [
        ('Председатель комитета Госдумы по бюджету и налогам Андрей Макаров', Official(None, 'председатель комитета', Person(None, 'Андрей', None, 'Макаров'), organization='Госдума')),
    ]),
    ('Заместитель председателя комитета Совета Федерации по науке и образованию Ольга Котова выступила.', [
        ('Заместитель председателя комитета Совета Федерации по науке и образованию Ольга Котова', Official(None, 'заместитель председателя комитета', Person(None, 'Ольга', None, 'Котова'), organization='Совет Федерации')),
    ]),
    ('Уполномоченный при президенте по правам ребёнка Анна Кузнецова посетила детские дома.', [
        ('Уполномоченный при президенте по правам ребёнка Анна Кузнецова', Official(None, 'уполномоченный', Person(None, 'Анна', None, 'Кузнецова'))),
    ]),
    ('Анна Кузнецова, назначенная уполномоченным при президенте по правам ребёнка, посетила детские дома.', [
        ('Анна Кузнецова, назначенная уполномоченным при президенте по правам ребёнка', Official(None, 'уполномоченный', Person(None, 'Анна', None, 'Кузнецова'))),
    ]),
    ('С советником при губернаторе по вопросам молодёжи Игорем Зуевым встретились студенты.', [
        ('советником при губернаторе по вопросам молодёжи Игорем Зуевым', Official(None, 'советник', Person(None, 'Игорь', None, 'Зуев'))),
    ]),
    # === 117. a Russian first name in an oblique case is no East Asian given name
    ('О Викторе Шевцове, бывшем прокуроре района, вспоминают до сих пор.', [
        ('Викторе Шевцове, бывшем прокуроре района', Official(None, 'прокурор района', Person(None, 'Виктор', None, 'Шевцов'))),
    ]),
    ('В Олеге Зуеве, новом директоре завода, рабочие видят надежду.', [
        ('Олеге Зуеве, новом директоре завода', Official(None, 'директор завода', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    # === 118. a major's rank is a post of its own, as a colonel's; a hyphenated rank is read whole
    ('Следователи задержали начальника районного отдела полиции майора полиции Олега Гринько.', [
        ('начальника районного отдела полиции майора полиции Олега Гринько', Official(None, 'начальник районного отдела полиции', Person(None, 'Олег', None, 'Гринько'))),
        ('майора полиции Олега Гринько', Official(None, 'майор полиции', Person(None, 'Олег', None, 'Гринько'))),
    ]),
    ('Речь идёт о командире мотострелкового батальона майоре Руслане Ахмедове.', [
        ('командире мотострелкового батальона майоре Руслане Ахмедове', Official(None, 'командир мотострелкового батальона', Person(None, 'Руслан', None, 'Ахмедов'))),
        ('майоре Руслане Ахмедове', Official(None, 'майор', Person(None, 'Руслан', None, 'Ахмедов'))),
    ]),
    ('Вертолётом управлял майор Сергей Лапин.', [
        ('майор Сергей Лапин', Official(None, 'майор', Person(None, 'Сергей', None, 'Лапин'))),
    ]),
    ('Отстранён начальник штаба армии генерал-майор Игорь Котов.', [
        ('начальник штаба армии генерал-майор Игорь Котов', Official(None, 'начальник штаба армии', Person(None, 'Игорь', None, 'Котов'))),
        ('генерал-майор Игорь Котов', Official(None, 'генерал-майор', Person(None, 'Игорь', None, 'Котов'))),
    ]),
    # === 119. a relative clause on the body between the post and its holder
    ('Директор школы, где учился Петров, Анна Смирнова рассказала о нём.', [
        ('Директор школы, где учился Петров, Анна Смирнова', Official(None, 'директор школы', Person(None, 'Анна', None, 'Смирнова'))),
    ]),
    ('Руководитель пресс-службы «Новой газеты», где работала журналистка, Надежда Котова отметила это.', [
        ('Руководитель пресс-службы «Новой газеты», где работала журналистка, Надежда Котова', Official(None, 'руководитель пресс-службы', Person(None, 'Надежда', None, 'Котова'), organization='Новая газета')),
    ]),
    ('Директор завода, на котором работают 500 человек, Олег Зуев дал интервью.', [
        ('Директор завода, на котором работают 500 человек, Олег Зуев', Official(None, 'директор завода', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    ('Директор гимназии, в которой учился писатель, Ольга Орлова открыла музей.', [
        ('Директор гимназии, в которой учился писатель, Ольга Орлова', Official(None, 'директор гимназии', Person(None, 'Ольга', None, 'Орлова'))),
    ]),
    ('Мы говорили с директором школы, где учился Петров, Анной Смирновой.', [
        ('директором школы, где учился Петров, Анной Смирновой', Official(None, 'директор школы', Person(None, 'Анна', None, 'Смирнова'))),
    ]),
    ('Главный врач больницы, куда доставили пострадавших, Игорь Лебедев рассказал об их состоянии.', [
        ('Главный врач больницы, куда доставили пострадавших, Игорь Лебедев', Official(None, 'главный врач больницы', Person(None, 'Игорь', None, 'Лебедев'))),
    ]),
    # === 120. a parenthetical word in a relative clause; years abbreviated after a range
    ('Отставка Ивана Петрова, который, правда, остался главой фракции, стала неожиданностью.', [
        ('Ивана Петрова, который, правда, остался главой фракции', Official(None, 'глава фракции', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('Олег Зуев, который, впрочем, по-прежнему является мэром города, отказался от комментариев.', [
        ('Олег Зуев, который, впрочем, по-прежнему является мэром города', Official(None, 'мэр города', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    ('Иван Петров, в 2006—2008 гг. бывший министром экономики, выступил на форуме.', [
        ('Иван Петров, в 2006—2008 гг. бывший министром экономики', Official(None, 'министр экономики', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('В 2001—2003 гг. министром финансов был Алексей Кудрин.', [
        ('министром финансов был Алексей Кудрин', Official(None, 'министр финансов', Person(None, 'Алексей', None, 'Кудрин'))),
    ]),
    # === 119. after a name and a comma the post with its clause is that name's apposition
    ('Как заявила Мария Котова, пресс-секретарь районного суда, который принял решение, Олегов уже отбыл половину срока.', [
        ('Мария Котова, пресс-секретарь районного суда', Official(None, 'пресс-секретарь районного суда', Person(None, 'Мария', None, 'Котова'))),
    ]),
    ('Как сообщил Иван Зуев, директор школы, где учился Петров, Анна Смирнова приедет завтра.', [
        ('Иван Зуев, директор школы', Official(None, 'директор школы', Person(None, 'Иван', None, 'Зуев'))),
    ]),
    # === 121. the post "как" names, in the holder's case; taking up a post's duties
    ('Лавров, как глава МИД, заявил о переговорах.', [
        ('Лавров, как глава МИД', Official(None, 'глава', Person(None, None, None, 'Лавров'), organization='МИД')),
    ]),
    ('Петрова как министра финансов критиковали за дефицит бюджета.', [
        ('Петрова как министра финансов', Official(None, 'министр финансов', Person(None, None, None, 'Петров'))),
    ]),
    ('Ольгу Котову как ректора университета пригласили на совет.', [
        ('Ольгу Котову как ректора университета', Official(None, 'ректор университета', Person(None, 'Ольга', None, 'Котова'))),
    ]),
    ('Петров, как министр финансов Олег Зуев, считает это ошибкой.', [
        ('министр финансов Олег Зуев', Official(None, 'министр финансов', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    ('Иван Петров приступил к обязанностям министра финансов.', [
        ('Иван Петров приступил к обязанностям министра финансов', Official(None, 'министр финансов', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('Анна Котова приступила к исполнению обязанностей мэра города.', [
        ('Анна Котова приступила к исполнению обязанностей мэра города', Official(None, 'мэр города', Person(None, 'Анна', None, 'Котова'))),
    ]),
    # === 122. a post opening a sentence with no name, held by the one person the sentence before names
    ('Вчера Реджеп Эрдоган отдыхал в Мармарисе. Президент также назначил новых командующих.', [
        ('Реджеп Эрдоган отдыхал в Мармарисе. Президент', Official(None, 'президент', Person(None, 'Реджеп', None, 'Эрдоган'))),
    ]),
    ('Военные пытались сместить Эрдогана. Президент в это время находился на отдыхе.', [
        ('Эрдогана. Президент', Official(None, 'президент', Person(None, None, None, 'Эрдоган'))),
    ]),
    ('Дмитрий Медведев провёл совещание с губернаторами. Премьер-министр потребовал ускорить выплаты.', [
        ('Дмитрий Медведев провёл совещание с губернаторами. Премьер-министр', Official(None, 'премьер-министр', Person(None, 'Дмитрий', None, 'Медведев'))),
    ]),
    ('Ангела Меркель прилетела в Пекин в понедельник. Канцлер ФРГ проведёт переговоры с руководством Китая.', [
        ('Ангела Меркель прилетела в Пекин в понедельник. Канцлер ФРГ', Official(None, 'канцлер', Person(None, 'Ангела', None, 'Меркель'), place='ФРГ')),
    ]),
    ('Олег Зуев выступил на митинге в Твери. Губернатор пообещал отремонтировать дороги.', [
        ('Олег Зуев выступил на митинге в Твери. Губернатор', Official(None, 'губернатор', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    # === 122. no anaphoric post: the person before has another post, or the post has a name of its own
    ('Вопрос задал журналист Иван Петров. Президент ответил, что подумает.', [
        ('журналист Иван Петров', Official(None, 'журналист', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('Иван Петров прилетел в Москву. Президент Олег Зуев встретил его в аэропорту.', [
        ('Президент Олег Зуев', Official(None, 'президент', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    # === 123. the first of two posts in apposition names its body with a capitalized word
    ('Об этом заявил лидер Меджлиса крымско-татарского народа, народный депутат Украины Мустафа Джемилев.', [
        ('лидер Меджлиса крымско-татарского народа, народный депутат Украины Мустафа Джемилев', Official(None, 'лидер', Person(None, 'Мустафа', None, 'Джемилев'), organization='Меджлис крымско-татарского народа')),
        ('лидер Меджлиса крымско-татарского народа, народный депутат Украины Мустафа Джемилев', Official(None, 'народный депутат', Person(None, 'Мустафа', None, 'Джемилев'), place='Украина')),
    ]),
    ('Об этом заявил председатель Союза журналистов, депутат Госдумы Иван Петров.', [
        ('председатель Союза журналистов, депутат Госдумы Иван Петров', Official(None, 'депутат', Person(None, 'Иван', None, 'Петров'), organization='Госдума')),
        ('председатель Союза журналистов, депутат Госдумы Иван Петров', Official(None, 'председатель', Person(None, 'Иван', None, 'Петров'), organization='Союз журналистов')),
    ]),
    ('В дискуссии участвовал член Совета Федерации, бывший губернатор Олег Зуев.', [
        ('член Совета Федерации, бывший губернатор Олег Зуев', Official(None, 'губернатор', Person(None, 'Олег', None, 'Зуев'))),
        ('член Совета Федерации, бывший губернатор Олег Зуев', Official(None, 'член', Person(None, 'Олег', None, 'Зуев'), organization='Совет Федерации')),
    ]),
    # === 124. the post the one before held is the new holder's too
    ('Совет назначил Ивана Петрова директором завода вместо Олега Зуева.', [
        ('Ивана Петрова директором завода', Official(None, 'директор завода', Person(None, 'Иван', None, 'Петров'))),
        ('директором завода вместо Олега Зуева', Official(None, 'директор завода', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    ('Парламент утвердил Анну Котову председателем комиссии вместо Ольги Смирновой.', [
        ('Анну Котову председателем комиссии', Official(None, 'председатель комиссии', Person(None, 'Анна', None, 'Котова'))),
        ('председателем комиссии вместо Ольги Смирновой', Official(None, 'председатель комиссии', Person(None, 'Ольга', None, 'Смирнова'))),
    ]),
    # === 122. the post after "как" and a verb of saying that opens the sentence
    ('Биньямин Нетаньяху выступил на заседании кабинета. Как отметил премьер в речи перед министрами, мир должен знать это.', [
        ('Биньямин Нетаньяху выступил на заседании кабинета. Как отметил премьер', Official(None, 'премьер', Person(None, 'Биньямин', None, 'Нетаньяху'))),
    ]),
    ('Ангела Меркель прилетела в Пекин. Как заявил канцлер журналистам, переговоры будут трудными.', [
        ('Ангела Меркель прилетела в Пекин. Как заявил канцлер', Official(None, 'канцлер', Person(None, 'Ангела', None, 'Меркель'))),
    ]),
    # === 125. a name tied to a post by an office alone is what it most likely is
    ('Премьер отметил, что преемником Иванова на посту министра энергетики станет Олег Зуев.', [
        ('Иванова на посту министра энергетики', Official(None, 'министр энергетики', Person(None, None, None, 'Иванов'))),
        ('министра энергетики станет Олег Зуев', Official(None, 'министр энергетики', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    ('Отставку Роберта Мюллера с поста директора ФБР обсуждали в Сенате.', [
        ('Роберта Мюллера с поста директора ФБР', Official(None, 'директор', Person(None, 'Роберт', None, 'Мюллер'), organization='ФБР')),
    ]),
    # === 122. a former holder's post opening the next sentence is not read back to the new holder
    ('Её новым главой стал Мухаммед Тахами. Бывший глава назначен советником президента.', [
        ('главой стал Мухаммед Тахами', Official(None, 'глава', Person(None, 'Мухаммед', None, 'Тахами'))),
    ]),
    # === 110. an elected holder is no appointee: "избранный" names no one who appointed
    ('Избранный президентом Иван Петров вступил в должность.', [
        ('Избранный президентом Иван Петров', Official(None, 'президент', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('Избранный мэром Иван Петров вступил в должность.', [
        ('Избранный мэром Иван Петров', Official(None, 'мэр', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('Иван Петров, избранный мэром, выступил на митинге.', [
        ('Иван Петров, избранный мэром', Official(None, 'мэр', Person(None, 'Иван', None, 'Петров'))),
    ]),
    # === 126. a pronoun opening the sentence, tied to a post by a verb, is the one person the sentence before names
    ('Иван Петров окончил МГУ в 1995 году. Сейчас он работает заместителем министра финансов.', [
        ('Иван Петров окончил МГУ в 1995 году. Сейчас он работает заместителем министра финансов', Official(None, 'заместитель министра финансов', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('Об отставке объявила Анна Котова. Она была директором школы № 5 с 2010 года.', [
        ('Анна Котова. Она была директором школы № 5', Official(None, 'директор школы № 5', Person(None, 'Анна', None, 'Котова'))),
    ]),
    ('Хирофуми Хирано вернулся в политику. Он стал председателем комитета по бюджету.', [
        ('Хирофуми Хирано вернулся в политику. Он стал председателем комитета по бюджету', Official(None, 'председатель комитета по бюджету', Person(None, 'Хирофуми', None, 'Хирано'))),
    ]),
    ('На прошлой неделе Олег Зуев покинул компанию. Ранее он занимал пост вице-президента «Роснефти».', [
        ('Олег Зуев покинул компанию. Ранее он занимал пост вице-президента «Роснефти»', Official(None, 'вице-президент', Person(None, 'Олег', None, 'Зуев'), organization='Роснефть')),
    ]),
    ('Мария Львова родилась в Твери. В 2015 году она была назначена министром культуры области.', [
        ('Мария Львова родилась в Твери. В 2015 году она была назначена министром культуры области', Official(None, 'министр культуры области', Person(None, 'Мария', None, 'Львова'))),
    ]),
    ('Виктор Сомов окончил военное училище. Он пять лет служил командиром полка.', [
        ('Виктор Сомов окончил военное училище. Он пять лет служил командиром полка', Official(None, 'командир полка', Person(None, 'Виктор', None, 'Сомов'))),
    ]),
    ('Ольга Белова вернулась в Тверь. Она работала в должности главного врача больницы.', [
        ('Ольга Белова вернулась в Тверь. Она работала в должности главного врача больницы', Official(None, 'главный врач больницы', Person(None, 'Ольга', None, 'Белова'))),
    ]),
    ('Илья Котов переехал в Казань. Там он был назначен на пост ректора университета.', [
        ('Илья Котов переехал в Казань. Там он был назначен на пост ректора университета', Official(None, 'ректор университета', Person(None, 'Илья', None, 'Котов'))),
    ]),
    ('Игорь Сечин прилетел в Каракас. Сейчас он является главой компании «Роснефть».', [
        ('Игорь Сечин прилетел в Каракас. Сейчас он является главой компании «Роснефть»', Official(None, 'глава', Person(None, 'Игорь', None, 'Сечин'), organization='Роснефть')),
    ]),
    ('Председатель правления Иван Петров приехал в Тверь. Он был губернатором области.', [
        ('Председатель правления Иван Петров', Official(None, 'председатель правления', Person(None, 'Иван', None, 'Петров'))),
        ('Иван Петров приехал в Тверь. Он был губернатором области', Official(None, 'губернатор области', Person(None, 'Иван', None, 'Петров'))),
    ]),
    # === 126. no pronoun's post: two people before, another gender, no link verb, a name after the post, a negation
    ('Иван Петров выступил на заседании. Он назначил Олега Зуева министром.', [
        ('Олега Зуева министром', Official(None, 'министр', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    ('Иван Петров приехал в Тверь. Он был заместителем министра Олега Зуева.', [
        ('министра Олега Зуева', Official(None, 'министр', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    # === 127. a topic of listed genitives, dealings with an abbreviation, a field inside a topic, a host's place
    ('Об этом сообщила председатель комитета по вопросам семьи, женщин и детей Татьяна Лунёва.', [
        ('председатель комитета по вопросам семьи, женщин и детей Татьяна Лунёва', Official(None, 'председатель комитета по вопросам семьи, женщин и детей', Person(None, 'Татьяна', None, 'Лунёва'))),
    ]),
    ('Председатель комитета по защите семьи, вопросам отцовства, материнства и детства Анна Котова внесла поправки.', [
        ('Председатель комитета по защите семьи, вопросам отцовства, материнства и детства Анна Котова', Official(None, 'председатель комитета по защите семьи, вопросам отцовства, материнства и детства', Person(None, 'Анна', None, 'Котова'))),
    ]),
    ('Заместитель министра по делам науки, культуры и спорта Олег Зуев подписал приказ.', [
        ('Заместитель министра по делам науки, культуры и спорта Олег Зуев', Official(None, 'заместитель министра по делам науки, культуры и спорта', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    ('Председатель комиссии по взаимодействию с НКО Ирина Громова предложила поправки.', [
        ('Председатель комиссии по взаимодействию с НКО Ирина Громова', Official(None, 'председатель комиссии по взаимодействию с НКО', Person(None, 'Ирина', None, 'Громова'))),
    ]),
    ('Советник губернатора по связям с СМИ Павел Рыжов опроверг слухи.', [
        ('Советник губернатора по связям с СМИ Павел Рыжов', Official(None, 'советник губернатора по связям с СМИ', Person(None, 'Павел', None, 'Рыжов'))),
    ]),
    ('Председатель комиссии по развитию гражданского общества и взаимодействию с НКО Ирина Громова предложила поправки.', [
        ('Председатель комиссии по развитию гражданского общества и взаимодействию с НКО Ирина Громова', Official(None, 'председатель комиссии по развитию гражданского общества и взаимодействию с НКО', Person(None, 'Ирина', None, 'Громова'))),
    ]),
    ('Руководитель службы по надзору в сфере защиты прав потребителей и благополучия человека Анна Попова рассказала о вспышке.', [
        ('Руководитель службы по надзору в сфере защиты прав потребителей и благополучия человека Анна Попова', Official(None, 'руководитель службы по надзору в сфере защиты прав потребителей и благополучия человека', Person(None, 'Анна', None, 'Попова'))),
    ]),
    ('Заместитель мэра Москвы по вопросам градостроительной политики и строительства Тимур Хабибуллин представил проект.', [
        ('Заместитель мэра Москвы по вопросам градостроительной политики и строительства Тимур Хабибуллин', Official(None, 'заместитель мэра', Person(None, 'Тимур', None, 'Хабибуллин'), place='Москва')),
    ]),
    ('Уполномоченный при президенте России по правам ребёнка Мария Львова-Белова посетила детский дом.', [
        ('Уполномоченный при президенте России по правам ребёнка Мария Львова-Белова', Official(None, 'уполномоченный', Person(None, 'Мария', None, 'Львова-Белова'), place='Россия')),
    ]),
    ('Сейчас Игорь Юсуфов работает спецпредставителем президента по энергетике и одним из директоров компании.', [
        ('Игорь Юсуфов работает спецпредставителем президента по энергетике', Official(None, 'спецпредставитель президента по энергетике', Person(None, 'Игорь', None, 'Юсуфов'))),
    ]),
    # === 128. when the post was held, between the name's comma and the post
    ('Олег Калашников, в прошлом главный инженер АЭС, возглавил совет.', [
        ('Олег Калашников, в прошлом главный инженер АЭС', Official(None, 'главный инженер', Person(None, 'Олег', None, 'Калашников'), organization='АЭС')),
    ]),
    ('Олег Калашников, ранее заместитель министра энергетики, выступил на форуме.', [
        ('Олег Калашников, ранее заместитель министра энергетики', Official(None, 'заместитель министра энергетики', Person(None, 'Олег', None, 'Калашников'))),
    ]),
    ('Олег Калашников, сейчас советник губернатора, выступил на форуме.', [
        ('Олег Калашников, сейчас советник губернатора', Official(None, 'советник губернатора', Person(None, 'Олег', None, 'Калашников'))),
    ]),
    ('Олег Калашников, в то время директор завода, выступил на собрании.', [
        ('Олег Калашников, в то время директор завода', Official(None, 'директор завода', Person(None, 'Олег', None, 'Калашников'))),
    ]),
    ('Ольга Смирнова, тогда ещё директор школы, выступила на собрании.', [
        ('Ольга Смирнова, тогда ещё директор школы', Official(None, 'директор школы', Person(None, 'Ольга', None, 'Смирнова'))),
    ]),
    ('Павел Рыжов, с 2010 года директор завода, выступил на собрании.', [
        ('Павел Рыжов, с 2010 года директор завода', Official(None, 'директор завода', Person(None, 'Павел', None, 'Рыжов'))),
    ]),
    ('Павел Рыжов, до 2018 года директор завода, выступил на собрании.', [
        ('Павел Рыжов, до 2018 года директор завода', Official(None, 'директор завода', Person(None, 'Павел', None, 'Рыжов'))),
    ]),
    ('Анна Белова, в 2005–2010 годах мэр Твери, выступила на собрании.', [
        ('Анна Белова, в 2005–2010 годах мэр Твери', Official(None, 'мэр', Person(None, 'Анна', None, 'Белова'), place='Тверь')),
    ]),
    ('Анну Белову, с 2012 по 2016 год министра финансов области, вызвали в суд.', [
        ('Анну Белову, с 2012 по 2016 год министра финансов области', Official(None, 'министр финансов области', Person(None, 'Анна', None, 'Белова'))),
    ]),
    # === 129. elected or appointed again and again: reflexive verbs of the holder
    ('Виктор Сомов трижды избирался мэром Твери.', [
        ('Виктор Сомов трижды избирался мэром Твери', Official(None, 'мэр', Person(None, 'Виктор', None, 'Сомов'), place='Тверь')),
    ]),
    ('Анна Котова дважды переизбиралась председателем совета.', [
        ('Анна Котова дважды переизбиралась председателем совета', Official(None, 'председатель совета', Person(None, 'Анна', None, 'Котова'))),
    ]),
    ('Мэром Твери трижды избирался Виктор Сомов.', [
        ('Мэром Твери трижды избирался Виктор Сомов', Official(None, 'мэр', Person(None, 'Виктор', None, 'Сомов'), place='Тверь')),
    ]),
    ('Иван Петров назначался заместителем министра в 2004 году.', [
        ('Иван Петров назначался заместителем министра', Official(None, 'заместитель министра', Person(None, 'Иван', None, 'Петров'))),
    ]),
    # === 127. a body of some fifteen words with its abbreviation in brackets, then the name
    ('Руководитель Федеральной службы по надзору в сфере защиты прав потребителей и благополучия человека (Роспотребнадзор) Анна Попова рассказала о вспышке.', [
        ('Руководитель Федеральной службы по надзору в сфере защиты прав потребителей и благополучия человека (Роспотребнадзор) Анна Попова', Official(None, 'руководитель', Person(None, 'Анна', None, 'Попова'), organization='Федеральная служба по надзору в сфере защиты прав потребителей и благополучия человека')),
    ]),
    ('Заместитель руководителя Федерального агентства по управлению государственным имуществом (Росимущества) Иван Сидоров подписал приказ.', [
        ('Заместитель руководителя Федерального агентства по управлению государственным имуществом (Росимущества) Иван Сидоров', Official(None, 'заместитель руководителя', Person(None, 'Иван', None, 'Сидоров'), organization='Федеральное агентство по управлению государственным имуществом')),
    ]),
    # === 130. "на этом посту" and a verb of replacing: the person named held the post a fact before names
    ('Совет директоров назначил генеральным директором Кирилла Фомина. Он сменит на этом посту Илью Бережного.', [
        ('генеральным директором Кирилла Фомина. Он сменит на этом посту Илью Бережного', Official(None, 'генеральный директор', Person(None, 'Илья', None, 'Бережной'))),
        ('генеральным директором Кирилла Фомина', Official(None, 'генеральный директор', Person(None, 'Кирилл', None, 'Фомин'))),
    ]),
    ('Правительство назначило Тимура Ахмадуллина руководителем агентства. На этом посту он сменил Олега Панкратова.', [
        ('Тимура Ахмадуллина руководителем агентства. На этом посту он сменил Олега Панкратова', Official(None, 'руководитель агентства', Person(None, 'Олег', None, 'Панкратов'))),
        ('Тимура Ахмадуллина руководителем агентства', Official(None, 'руководитель агентства', Person(None, 'Тимур', None, 'Ахмадуллин'))),
    ]),
    ('Иван Петров назначен министром финансов. На этом посту его сменил Олег Зуев.', [
        ('Иван Петров назначен министром финансов. На этом посту его сменил Олег Зуев', Official(None, 'министр финансов', Person(None, 'Олег', None, 'Зуев'))),
        ('Иван Петров назначен министром финансов', Official(None, 'министр финансов', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('Анна Котова стала ректором университета, сменив на этом посту Петра Ильина.', [
        ('Анна Котова стала ректором университета, сменив на этом посту Петра Ильина', Official(None, 'ректор университета', Person(None, 'Петр', None, 'Ильин'))),
        ('Анна Котова стала ректором университета', Official(None, 'ректор университета', Person(None, 'Анна', None, 'Котова'))),
    ]),
    ('Ольгу Белову избрали мэром Твери. На этой должности она заменила Игоря Сомова.', [
        ('Ольгу Белову избрали мэром Твери. На этой должности она заменила Игоря Сомова', Official(None, 'мэр', Person(None, 'Игорь', None, 'Сомов'), place='Тверь')),
        ('Ольгу Белову избрали мэром Твери', Official(None, 'мэр', Person(None, 'Ольга', None, 'Белова'), place='Тверь')),
    ]),
    ('Эштон Картер станет четвёртым главой Пентагона за шесть лет, сменив на этом посту Чака Хейгела.', [
        ('Эштон Картер станет четвёртым главой Пентагона за шесть лет, сменив на этом посту Чака Хейгела', Official(None, 'глава', Person(None, 'Чак', None, 'Хейгел'), organization='Пентагон')),
        ('Эштон Картер станет четвёртым главой Пентагона', Official(None, 'глава', Person(None, 'Эштон', None, 'Картер'), organization='Пентагон')),
    ]),
    # === 130. no one replaced, or no name after the phrase
    ('Иван Петров назначен министром финансов. На этом посту он провёл десять лет.', [
        ('Иван Петров назначен министром финансов', Official(None, 'министр финансов', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('Иван Петров назначен министром финансов. На этом посту он встретился с Олегом Зуевым.', [
        ('Иван Петров назначен министром финансов', Official(None, 'министр финансов', Person(None, 'Иван', None, 'Петров'))),
    ]),
    # === 132. a decree appoints by an infinitive; a verb in the past appoints
    ('Назначить Небензю Василия Алексеевича постоянным представителем России при ООН.', [
        ('Небензю Василия Алексеевича постоянным представителем России при ООН', Official(None, 'постоянный представитель', Person(None, 'Василий', 'Алексеевич', 'Небензя'), place='Россия')),
    ]),
    ('Президент назначил Ивана Петрова министром финансов.', [
        ('Ивана Петрова министром финансов', Official(None, 'министр финансов', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('Освободить Суркова Владислава Юрьевича от должности заместителя председателя правительства.', [
        ('Суркова Владислава Юрьевича от должности заместителя председателя правительства', Official(None, 'заместитель председателя правительства', Person(None, 'Владислав', 'Юрьевич', 'Сурков'))),
    ]),
    # === 133. the years a post was held between the post and the name
    ('Об этом заявил министр финансов (2000–2011) Алексей Кудрин.', [
        ('министр финансов (2000–2011) Алексей Кудрин', Official(None, 'министр финансов', Person(None, 'Алексей', None, 'Кудрин'))),
    ]),
    ('Об этом заявил глава Минфина в 2000–2011 годах Алексей Кудрин.', [
        ('глава Минфина в 2000–2011 годах Алексей Кудрин', Official(None, 'глава', Person(None, 'Алексей', None, 'Кудрин'), organization='Минфин')),
    ]),
    ('Встреча с министром финансов России в 2000-2011 годах Алексеем Кудриным прошла вчера.', [
        ('министром финансов России в 2000-2011 годах Алексеем Кудриным', Official(None, 'министр финансов', Person(None, 'Алексей', None, 'Кудрин'), place='Россия')),
    ]),
    ('Письмо направил директор завода с 2015 года Олег Зуев.', [
        ('директор завода с 2015 года Олег Зуев', Official(None, 'директор завода', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    ('Книгу написала мэр Твери в 2005–2010 годах Анна Белова.', [
        ('мэр Твери в 2005–2010 годах Анна Белова', Official(None, 'мэр', Person(None, 'Анна', None, 'Белова'), place='Тверь')),
    ]),
    # === 134. a post held before, ", а ныне", ", а теперь", ", а затем", and the post now, one name after both
    ('Об этом заявил бывший министр финансов, а ныне глава Счётной палаты Алексей Кудрин.', [
        ('бывший министр финансов, а ныне глава Счётной палаты Алексей Кудрин', Official(None, 'глава', Person(None, 'Алексей', None, 'Кудрин'), organization='Счётная палата')),
        ('бывший министр финансов, а ныне глава Счётной палаты Алексей Кудрин', Official(None, 'министр финансов', Person(None, 'Алексей', None, 'Кудрин'))),
    ]),
    ('Об этом заявил бывший губернатор, а теперь сенатор Олег Зуев.', [
        ('бывший губернатор, а теперь сенатор Олег Зуев', Official(None, 'губернатор', Person(None, 'Олег', None, 'Зуев'))),
        ('бывший губернатор, а теперь сенатор Олег Зуев', Official(None, 'сенатор', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    ('Выступил министр финансов области, а затем вице-губернатор Олег Зуев.', [
        ('министр финансов области, а затем вице-губернатор Олег Зуев', Official(None, 'вице-губернатор', Person(None, 'Олег', None, 'Зуев'))),
        ('министр финансов области, а затем вице-губернатор Олег Зуев', Official(None, 'министр финансов области', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    ('С докладом выступила бывший директор школы, а ныне депутат Анна Котова.', [
        ('бывший директор школы, а ныне депутат Анна Котова', Official(None, 'депутат', Person(None, 'Анна', None, 'Котова'))),
        ('бывший директор школы, а ныне депутат Анна Котова', Official(None, 'директор школы', Person(None, 'Анна', None, 'Котова'))),
    ]),
    # === 122. an opener that names no one before the post: a connective or a parenthetical set off by a comma
    ('Вчера Николя Саркози прилетел в Вашингтон. По данным СМИ, президент Франции проведёт там два дня.', [
        ('Николя Саркози прилетел в Вашингтон. По данным СМИ, президент Франции', Official(None, 'президент', Person(None, 'Николя', None, 'Саркози'), place='Франция')),
    ]),
    ('Вчера Николя Саркози прилетел в Вашингтон. Тем временем президент Франции провёл встречу с журналистами.', [
        ('Николя Саркози прилетел в Вашингтон. Тем временем президент Франции', Official(None, 'президент', Person(None, 'Николя', None, 'Саркози'), place='Франция')),
    ]),
    ('Эммануэль Макрон прибыл в Берлин. Как было объявлено, президент проведёт переговоры с канцлером.', [
        ('Эммануэль Макрон прибыл в Берлин. Как было объявлено, президент', Official(None, 'президент', Person(None, 'Эммануэль', None, 'Макрон'))),
    ]),
    ('Эммануэль Макрон прибыл в Берлин. Однако президент Франции не стал общаться с прессой.', [
        ('Эммануэль Макрон прибыл в Берлин. Однако президент Франции', Official(None, 'президент', Person(None, 'Эммануэль', None, 'Макрон'), place='Франция')),
    ]),
    # === 135. a given name in "-у" that the dictionary reads only as an oblique case of another: the surname shows the case
    ('Министр финансов Бразилии Паулу Гедес выступил в Давосе.', [
        ('Министр финансов Бразилии Паулу Гедес', Official(None, 'министр финансов', Person(None, 'Паулу', None, 'Гедес'), place='Бразилия')),
    ]),
    ('Президент Португалии Марселу Ребелу ди Соза наградил ветеранов.', [
        ('Президент Португалии Марселу Ребелу ди Соза', Official(None, 'президент', Person(None, 'Марселу', 'Ребелу', 'ди Соза'), place='Португалия')),
    ]),
    ('Нобелевскую премию получил профессор Исаму Акасаки.', [
        ('профессор Исаму Акасаки', Official(None, 'профессор', Person(None, 'Исаму', None, 'Акасаки'))),
    ]),
    ('Встреча с министром финансов Бразилии Паулу Гедесом прошла в Москве.', [
        ('министром финансов Бразилии Паулу Гедесом', Official(None, 'министр финансов', Person(None, 'Паулу', None, 'Гедес'), place='Бразилия')),
    ]),
    ('Письмо министру Ивану Петрову отправили вчера.', [
        ('министру Ивану Петрову', Official(None, 'министр', Person(None, 'Иван', None, 'Петров'))),
    ]),
    # === 136. the first of two posts joined by "и" held under someone named by a surname
    ('Командующим стал первый заместитель Постникова и начальник штаба округа Александр Галкин.', [
        ('первый заместитель Постникова и начальник штаба округа Александр Галкин', Official(None, 'начальник штаба округа', Person(None, 'Александр', None, 'Галкин'))),
        ('первый заместитель Постникова и начальник штаба округа Александр Галкин', Official(None, 'первый заместитель', Person(None, 'Александр', None, 'Галкин'))),
    ]),
    ('Выступил помощник Собянина и руководитель аппарата мэрии Иван Петров.', [
        ('помощник Собянина и руководитель аппарата мэрии Иван Петров', Official(None, 'помощник', Person(None, 'Иван', None, 'Петров'))),
        ('помощник Собянина и руководитель аппарата мэрии Иван Петров', Official(None, 'руководитель аппарата мэрии', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('На совещании был советник Шойгу и бывший министр Олег Зуев.', [
        ('советник Шойгу и бывший министр Олег Зуев', Official(None, 'министр', Person(None, 'Олег', None, 'Зуев'))),
        ('советник Шойгу и бывший министр Олег Зуев', Official(None, 'советник', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    ('Слово взяла заместитель Кудрина и директор департамента Анна Котова.', [
        ('заместитель Кудрина и директор департамента Анна Котова', Official(None, 'директор департамента', Person(None, 'Анна', None, 'Котова'))),
        ('заместитель Кудрина и директор департамента Анна Котова', Official(None, 'заместитель', Person(None, 'Анна', None, 'Котова'))),
    ]),
    # === 137. the kind of person the holder was the first of, in apposition, then the participle and the post
    ('В США скончалась Джанет Рено — первая женщина, ставшая генеральным прокурором.', [
        ('Джанет Рено — первая женщина, ставшая генеральным прокурором', Official(None, 'генеральный прокурор', Person(None, 'Джанет', None, 'Рено'))),
    ]),
    ('Анна Котова — первая женщина, избранная ректором университета.', [
        ('Анна Котова — первая женщина, избранная ректором университета', Official(None, 'ректор университета', Person(None, 'Анна', None, 'Котова'))),
    ]),
    ('Олег Зуев, первый иностранец, ставший главным тренером сборной, покинул пост.', [
        ('Олег Зуев, первый иностранец, ставший главным тренером сборной', Official(None, 'главный тренер сборной', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    ('Мы говорили с Ольгой Беловой — единственной женщиной, назначенной министром обороны.', [
        ('Ольгой Беловой — единственной женщиной, назначенной министром обороны', Official(None, 'министр обороны', Person(None, 'Ольга', None, 'Белова'))),
    ]),
    # === 138. a relative pronoun, the object of an appointment by no one named: the name keeps its own case
    ('Ольга Белова, которую назначили министром, провела совещание.', [
        ('Ольга Белова, которую назначили министром', Official(None, 'министр', Person(None, 'Ольга', None, 'Белова'))),
    ]),
    ('С Ольгой Беловой, которую назначили министром, встретился губернатор.', [
        ('Ольгой Беловой, которую назначили министром', Official(None, 'министр', Person(None, 'Ольга', None, 'Белова'))),
    ]),
    # === 138. a relative clause after the name: the name's case is its own, which its surname shows
    ('Анне Котовой, которую назначили министром, вручили орден.', [
        ('Анне Котовой, которую назначили министром', Official(None, 'министр', Person(None, 'Анна', None, 'Котова'))),
    ]),
    ('Об Анне Котовой, которая была министром, написали книгу.', [
        ('Анне Котовой, которая была министром', Official(None, 'министр', Person(None, 'Анна', None, 'Котова'))),
    ]),
    ('Анну Котову, которая была назначена министром, вызвали в суд.', [
        ('Анну Котову, которая была назначена министром', Official(None, 'министр', Person(None, 'Анна', None, 'Котова'))),
    ]),
    ('Анны Котовой, которая была министром, не было на совещании.', [
        ('Анны Котовой, которая была министром', Official(None, 'министр', Person(None, 'Анна', None, 'Котова'))),
    ]),
    ('Анна Котова, которая была назначена министром, провела совещание.', [
        ('Анна Котова, которая была назначена министром', Official(None, 'министр', Person(None, 'Анна', None, 'Котова'))),
    ]),
    # === 139. a foreign surname in a vowel that the dictionary reads as a case of another given name
    ('Об этом заявил министр Ашраф Гани.', [
        ('министр Ашраф Гани', Official(None, 'министр', Person(None, 'Ашраф', None, 'Гани'))),
    ]),
    ('Об этом заявила президент Майя Санду.', [
        ('президент Майя Санду', Official(None, 'президент', Person(None, 'Майя', None, 'Санду'))),
    ]),
    ('Встреча с президентом Майей Санду прошла.', [
        ('президентом Майей Санду', Official(None, 'президент', Person(None, 'Майя', None, 'Санду'))),
    ]),
    ('Об этом заявил президент Египта Мохаммед Мурси.', [
        ('президент Египта Мохаммед Мурси', Official(None, 'президент', Person(None, 'Мохаммед', None, 'Мурси'), place='Египет')),
    ]),
    # === 131. the first of two posts in apposition names its body in quotes
    ('Выступил руководитель литературного клуба «Парус», доцент Василий Петров.', [
        ('руководитель литературного клуба «Парус», доцент Василий Петров', Official(None, 'доцент', Person(None, 'Василий', None, 'Петров'))),
        ('руководитель литературного клуба «Парус», доцент Василий Петров', Official(None, 'руководитель', Person(None, 'Василий', None, 'Петров'), organization='Парус')),
    ]),
    ('Выступила главный редактор журнала «Огонёк», профессор Анна Белова.', [
        ('главный редактор журнала «Огонёк», профессор Анна Белова', Official(None, 'главный редактор', Person(None, 'Анна', None, 'Белова'), organization='Огонёк')),
        ('главный редактор журнала «Огонёк», профессор Анна Белова', Official(None, 'профессор', Person(None, 'Анна', None, 'Белова'))),
    ]),
    ('Выступил председатель совета директоров «Газпрома», вице-премьер Виктор Зубков.', [
        ('председатель совета директоров «Газпрома», вице-премьер Виктор Зубков', Official(None, 'вице-премьер', Person(None, 'Виктор', None, 'Зубков'))),
        ('председатель совета директоров «Газпрома», вице-премьер Виктор Зубков', Official(None, 'председатель совета директоров', Person(None, 'Виктор', None, 'Зубков'), organization='Газпром')),
    ]),
    ('На открытии был генеральный директор завода «Красный Октябрь», депутат Госдумы Олег Зуев.', [
        ('генеральный директор завода «Красный Октябрь», депутат Госдумы Олег Зуев', Official(None, 'генеральный директор', Person(None, 'Олег', None, 'Зуев'), organization='Красный Октябрь')),
        ('генеральный директор завода «Красный Октябрь», депутат Госдумы Олег Зуев', Official(None, 'депутат', Person(None, 'Олег', None, 'Зуев'), organization='Госдума')),
    ]),
    # === 140. a name in the accusative, an appointment by no one named, the office, the post in the genitive
    ('Анну Котову назначили на пост министра.', [
        ('Анну Котову назначили на пост министра', Official(None, 'министр', Person(None, 'Анна', None, 'Котова'))),
    ]),
    ('Ивана Петрова избрали на должность председателя совета.', [
        ('Ивана Петрова избрали на должность председателя совета', Official(None, 'председатель совета', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('Олега Зуева назначили на пост главы района.', [
        ('Олега Зуева назначили на пост главы района', Official(None, 'глава района', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    ('Ольгу Белову переизбрали на пост мэра.', [
        ('Ольгу Белову переизбрали на пост мэра', Official(None, 'мэр', Person(None, 'Ольга', None, 'Белова'))),
    ]),
    ('Вчера Ивана Петрова утвердили в должности ректора университета.', [
        ('Ивана Петрова утвердили в должности ректора университета', Official(None, 'ректор университета', Person(None, 'Иван', None, 'Петров'))),
    ]),
    # === 141. after a kind of body, an unknown word shaped as a first name and a surname: the holder's whole name, not a body
    ('Об этом заявила глава компании Марисса Майер.', [
        ('глава компании Марисса Майер', Official(None, 'глава компании', Person(None, 'Марисса', None, 'Майер'))),
    ]),
    ('Письмо подписала директор фирмы Мелинда Гейтс.', [
        ('директор фирмы Мелинда Гейтс', Official(None, 'директор фирмы', Person(None, 'Мелинда', None, 'Гейтс'))),
    ]),
    ('Интервью дала президент корпорации Марселла Орсини.', [
        ('президент корпорации Марселла Орсини', Official(None, 'президент корпорации', Person(None, 'Марселла', None, 'Орсини'))),
    ]),
    ('Сообщила основательница и глава фонда Ариэлла Штайн.', [
        ('глава фонда Ариэлла Штайн', Official(None, 'глава фонда', Person(None, 'Ариэлла', None, 'Штайн'))),
    ]),
    ('Об уходе объявила генеральный директор компании Марисса Коэн.', [
        ('генеральный директор компании Марисса Коэн', Official(None, 'генеральный директор компании', Person(None, 'Марисса', None, 'Коэн'))),
    ]),
    ('Сообщил глава компании Ростех Сергей Чемезов.', [
        ('глава компании Ростех Сергей Чемезов', Official(None, 'глава', Person(None, 'Сергей', None, 'Чемезов'), organization='Ростех')),
    ]),
    ('Сообщил глава компании Ростех Чемезов.', [
        ('глава компании Ростех Чемезов', Official(None, 'глава', Person(None, None, None, 'Чемезов'), organization='Ростех')),
    ]),
    ('Сообщил глава фонда Сколково Аркадий Дворкович.', [
        ('глава фонда Сколково Аркадий Дворкович', Official(None, 'глава', Person(None, 'Аркадий', None, 'Дворкович'), organization='Сколково')),
    ]),
    ('Министр встретился с главой компании Мариссой Майер.', [
        ('главой компании Мариссой Майер', Official(None, 'глава компании', Person(None, 'Марисса', None, 'Майер'))),
    ]),
    ('Письмо направили директору фирмы Мелинде Гейтс.', [
        ('директору фирмы Мелинде Гейтс', Official(None, 'директор фирмы', Person(None, 'Мелинда', None, 'Гейтс'))),
    ]),
    ('Отставка президента корпорации Марселлы Орсини удивила всех.', [
        ('президента корпорации Марселлы Орсини', Official(None, 'президент корпорации', Person(None, 'Марселла', None, 'Орсини'))),
    ]),
    # === 142. a double given name whose first part the dictionary knows as a common word: both parts decline
    ('Об этом сообщил министр финансов Германии Франк-Вальтер Кольбе.', [
        ('министр финансов Германии Франк-Вальтер Кольбе', Official(None, 'министр финансов', Person(None, 'Франк-Вальтер', None, 'Кольбе'), place='Германия')),
    ]),
    ('Встреча с министром финансов Германии Франком-Вальтером Кольбе прошла вчера.', [
        ('министром финансов Германии Франком-Вальтером Кольбе', Official(None, 'министр финансов', Person(None, 'Франк-Вальтер', None, 'Кольбе'), place='Германия')),
    ]),
    ('Письмо направили президенту клуба Франку-Вальтеру Майеру.', [
        ('президенту клуба Франку-Вальтеру Майеру', Official(None, 'президент клуба', Person(None, 'Франк-Вальтер', None, 'Майер'))),
    ]),
    ('Об уходе директора театра Поля-Анри Дюбуа сообщили вчера.', [
        ('директора театра Поля-Анри Дюбуа', Official(None, 'директор театра', Person(None, 'Поль-Анри', None, 'Дюбуа'))),
    ]),
    ('Об этом сообщил посол Франции Поль-Анри Дюбуа.', [
        ('посол Франции Поль-Анри Дюбуа', Official(None, 'посол', Person(None, 'Поль-Анри', None, 'Дюбуа'), place='Франция')),
    ]),
    ('Слово предоставили тренеру сборной Марку-Андре Лефевру.', [
        ('тренеру сборной Марку-Андре Лефевру', Official(None, 'тренер сборной', Person(None, 'Марк-Андре', None, 'Лефевр'))),
    ]),
    ('Об этом сказал тренер сборной Марк-Андре Лефевр.', [
        ('тренер сборной Марк-Андре Лефевр', Official(None, 'тренер сборной', Person(None, 'Марк-Андре', None, 'Лефевр'))),
    ]),
    # === 143. a compound name of a body (a stem and a word for a body: "-фед", "-интерн", "-совет", "-исполком", "-здрав") is no holder's surname
    ('Об этом сообщил председатель Облисполкома Иван Петров.', [
        ('председатель Облисполкома Иван Петров', Official(None, 'председатель', Person(None, 'Иван', None, 'Петров'), organization='Облисполком')),
    ]),
    ('Слово дали председателю Райисполкома Олегу Зуеву.', [
        ('председателю Райисполкома Олегу Зуеву', Official(None, 'председатель', Person(None, 'Олег', None, 'Зуев'), organization='Райисполком')),
    ]),
    ('Об этом сообщила глава Горздрава Анна Котова.', [
        ('глава Горздрава Анна Котова', Official(None, 'глава', Person(None, 'Анна', None, 'Котова'), organization='Горздрав')),
    ]),
    ('Вчера выступил глава Облздрава Пётр Лыков.', [
        ('глава Облздрава Пётр Лыков', Official(None, 'глава', Person(None, 'Пётр', None, 'Лыков'), organization='Облздрав')),
    ]),
    # === 144. a man's surname in a consonant and "-а" in the genitive or accusative: of a given name the dictionary has as a man's and a woman's, the man's
    ('Отставка премьера Иржи Дворжака удивила всех.', [
        ('премьера Иржи Дворжака', Official(None, 'премьер', Person(None, 'Иржи', None, 'Дворжак'))),
    ]),
    ('Президент назначил Иржи Дворжака министром.', [
        ('Иржи Дворжака министром', Official(None, 'министр', Person(None, 'Иржи', None, 'Дворжак'))),
    ]),
    ('Визит президента Али Хасана Мансура отложен.', [
        ('президента Али Хасана Мансура', Official(None, 'президент', Person(None, 'Али', 'Хасан', 'Мансур'))),
    ]),
    ('Визит премьера Али Хаккинена отложен.', [
        ('премьера Али Хаккинена', Official(None, 'премьер', Person(None, 'Али', None, 'Хаккинен'))),
    ]),
    ('Отставка министра Ольги Ярвинен удивила всех.', [
        ('министра Ольги Ярвинен', Official(None, 'министр', Person(None, 'Ольга', None, 'Ярвинен'))),
    ]),
    ('Отставка министра Иоанны Ковальчик удивила всех.', [
        ('министра Иоанны Ковальчик', Official(None, 'министр', Person(None, 'Иоанна', None, 'Ковальчик'))),
    ]),
    # === 145. a post governing another post, then a name whose first word pymorphy2 finds far more often a woman's nominative than a man's genitive ("Марина", "Валентина"): the outer post's holder
    ('Об этом сообщила пресс-секретарь губернатора Марина Лаптева.', [
        ('пресс-секретарь губернатора Марина Лаптева', Official(None, 'пресс-секретарь губернатора', Person(None, 'Марина', None, 'Лаптева'))),
    ]),
    ('Об этом сообщил помощник министра Валентина Зуева.', [
        ('помощник министра Валентина Зуева', Official(None, 'помощник министра', Person(None, 'Валентина', None, 'Зуева'))),
    ]),
    ('Заявление сделала советник мэра Марина Орлова.', [
        ('советник мэра Марина Орлова', Official(None, 'советник мэра', Person(None, 'Марина', None, 'Орлова'))),
    ]),
    ('Пресс-секретарь губернатора Марина Лаптева опровергла слухи.', [
        ('Пресс-секретарь губернатора Марина Лаптева', Official(None, 'пресс-секретарь губернатора', Person(None, 'Марина', None, 'Лаптева'))),
    ]),
    # === 146. a ministry named by "Мин" and the genitive of its field does not decline
    ('Суд оправдал бывшего главу Минприроды Олега Зуева.', [
        ('бывшего главу Минприроды Олега Зуева', Official(None, 'глава', Person(None, 'Олег', None, 'Зуев'), organization='Минприроды')),
    ]),
    ('Об этом сообщил глава Минцифры Пётр Лыков.', [
        ('глава Минцифры Пётр Лыков', Official(None, 'глава', Person(None, 'Пётр', None, 'Лыков'), organization='Минцифры')),
    ]),
    ('Письмо направили заместителю главы Минвостокразвития Анне Котовой.', [
        ('заместителю главы Минвостокразвития Анне Котовой', Official(None, 'заместитель главы', Person(None, 'Анна', None, 'Котова'), organization='Минвостокразвития')),
    ]),
    ('Встреча с главой Минпросвещения Ольгой Беловой прошла вчера.', [
        ('главой Минпросвещения Ольгой Беловой', Official(None, 'глава', Person(None, 'Ольга', None, 'Белова'), organization='Минпросвещения')),
    ]),
    ('Об этом сообщил глава Минфина Пётр Лыков.', [
        ('глава Минфина Пётр Лыков', Official(None, 'глава', Person(None, 'Пётр', None, 'Лыков'), organization='Минфин')),
    ]),
    # === 147. a surname the dictionary knows as a common noun and as a woman's name ("Хана"): the common noun's case is the given name's
    ('Визит премьер-министра Пакистана Фаруха Хана отложен.', [
        ('премьер-министра Пакистана Фаруха Хана', Official(None, 'премьер-министр', Person(None, 'Фарух', None, 'Хан'), place='Пакистан')),
    ]),
    ('Письмо направили министру Али Хану.', [
        ('министру Али Хану', Official(None, 'министр', Person(None, 'Али', None, 'Хан'))),
    ]),
    ('Отставка мэра Рустама Хана удивила всех.', [
        ('мэра Рустама Хана', Official(None, 'мэр', Person(None, 'Рустам', None, 'Хан'))),
    ]),
    ('Об этом сообщил губернатор Салман Хан.', [
        ('губернатор Салман Хан', Official(None, 'губернатор', Person(None, 'Салман', None, 'Хан'))),
    ]),
    # === 148. a surname in "-ец" after в, б, п, м loses its "е" in the other cases, and comes back with it
    ('Встреча с мэром города Андреем Кравцом прошла вчера.', [
        ('мэром города Андреем Кравцом', Official(None, 'мэр города', Person(None, 'Андрей', None, 'Кравец'))),
    ]),
    ('Визит губернатора Ивана Жеребца отложен.', [
        ('губернатора Ивана Жеребца', Official(None, 'губернатор', Person(None, 'Иван', None, 'Жеребец'))),
    ]),
    ('Письмо направили директору школы Олегу Скопцу.', [
        ('директору школы Олегу Скопцу', Official(None, 'директор школы', Person(None, 'Олег', None, 'Скопец'))),
    ]),
    ('О министре Петре Кравце писали газеты.', [
        ('министре Петре Кравце', Official(None, 'министр', Person(None, 'Петр', None, 'Кравец'))),
    ]),
    ('Визит канцлера Олафа Шольца отложен.', [
        ('канцлера Олафа Шольца', Official(None, 'канцлер', Person(None, 'Олаф', None, 'Шольц'))),
    ]),
    # === 149. a Turkic patronymic, the father's name and "оглы" or "кызы", between the given name and the surname
    ('Президент компании Эльчин Рафик оглы Мамедов подписал указ.', [
        ('Президент компании Эльчин Рафик оглы Мамедов', Official(None, 'президент компании', Person(None, 'Эльчин', 'Рафик оглы', 'Мамедов'))),
    ]),
    ('Встреча с президентом компании Вагифом Юсуф оглы Алекперовым прошла вчера.', [
        ('президентом компании Вагифом Юсуф оглы Алекперовым', Official(None, 'президент компании', Person(None, 'Вагиф', 'Юсуф оглы', 'Алекперов'))),
    ]),
    ('С директором гимназии Севиндж Али кызы Гасановой встретились родители.', [
        ('директором гимназии Севиндж Али кызы Гасановой', Official(None, 'директор гимназии', Person(None, 'Севиндж', 'Али кызы', 'Гасанова'))),
    ]),
    ('Письмо направили министру Эльдару Тофик оглы Гусейнову.', [
        ('министру Эльдару Тофик оглы Гусейнову', Official(None, 'министр', Person(None, 'Эльдар', 'Тофик оглы', 'Гусейнов'))),
    ]),
    # === 150. a topic with an adverb of degree ("по особо важным делам"), or dealings with someone and the body after them
    ('Об этом сообщил следователь по особо важным делам Олег Зуев.', [
        ('следователь по особо важным делам Олег Зуев', Official(None, 'следователь по особо важным делам', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    ('Дело ведёт старший следователь по особо важным делам Следственного комитета Ирина Белова.', [
        ('старший следователь по особо важным делам Следственного комитета Ирина Белова', Official(None, 'старший следователь по особо важным делам', Person(None, 'Ирина', None, 'Белова'), organization='Следственный комитет')),
    ]),
    ('Об этом сообщил начальник управления по борьбе с коррупцией администрации Томской области Олег Зуев.', [
        ('начальник управления по борьбе с коррупцией администрации Томской области Олег Зуев', Official(None, 'начальник управления по борьбе с коррупцией администрации', Person(None, 'Олег', None, 'Зуев'), place='Томская область')),
    ]),
    ('Об этом сообщил начальник отдела по связям с общественностью администрации города Ирина Лаптева.', [
        ('начальник отдела по связям с общественностью администрации города Ирина Лаптева', Official(None, 'начальник отдела по связям с общественностью администрации города', Person(None, 'Ирина', None, 'Лаптева'))),
    ]),
    ('Письмо направили начальнику отдела по работе с молодёжью мэрии Анне Котовой.', [
        ('начальнику отдела по работе с молодёжью мэрии Анне Котовой', Official(None, 'начальник отдела по работе с молодёжью мэрии', Person(None, 'Анна', None, 'Котова'))),
    ]),
    # === 151. "врид" (временно исполняющий должность) before a post; "торговый" and "детский" are a part of the post
    ('Об этом сообщил врид начальника полиции Олег Сухов.', [
        ('врид начальника полиции Олег Сухов', Official(None, 'врид начальника полиции', Person(None, 'Олег', None, 'Сухов'))),
    ]),
    ('Приказ подписал ВрИД командира части Пётр Лыков.', [
        ('ВрИД командира части Пётр Лыков', Official(None, 'врид командира части', Person(None, 'Пётр', None, 'Лыков'))),
    ]),
    ('Встреча с торговым представителем России в Индии Олегом Зуевым прошла вчера.', [
        ('торговым представителем России в Индии Олегом Зуевым', Official(None, 'торговый представитель', Person(None, 'Олег', None, 'Зуев'), place='Россия')),
    ]),
    ('Об этом сообщила детский омбудсмен области Анна Котова.', [
        ('детский омбудсмен области Анна Котова', Official(None, 'детский омбудсмен области', Person(None, 'Анна', None, 'Котова'))),
    ]),
    # === 152. a body's kind and its own name in quotes inside quotes: the inner name is the organization
    ('Об этом сообщил гендиректор АО «Концерн «Гранит» Олег Зуев.', [
        ('гендиректор АО «Концерн «Гранит» Олег Зуев', Official(None, 'гендиректор', Person(None, 'Олег', None, 'Зуев'), organization='Гранит')),
    ]),
    ('Письмо направили главе ПАО «Компания «Восток» Анне Котовой.', [
        ('главе ПАО «Компания «Восток» Анне Котовой', Official(None, 'глава', Person(None, 'Анна', None, 'Котова'), organization='Восток')),
    ]),
    ('Об этом сообщил директор ФГБУ «Национальный парк «Лосиный остров»» Пётр Лыков.', [
        ('директор ФГБУ «Национальный парк «Лосиный остров»» Пётр Лыков', Official(None, 'директор', Person(None, 'Пётр', None, 'Лыков'), organization='Лосиный остров')),
    ]),
    ('Об этом сообщил директор концерна «Гранит» Олег Зуев.', [
        ('директор концерна «Гранит» Олег Зуев', Official(None, 'директор', Person(None, 'Олег', None, 'Зуев'), organization='Гранит')),
    ]),
    # === 153. after a first name the dictionary knows, a capitalized title word is the surname
    ('Президент страны Ицхак Герцог посетил Киев.', [
        ('Президент страны Ицхак Герцог', Official(None, 'президент страны', Person(None, 'Ицхак', None, 'Герцог'))),
    ]),
    ('Визит президента Ицхака Герцога отложен.', [
        ('президента Ицхака Герцога', Official(None, 'президент', Person(None, 'Ицхак', None, 'Герцог'))),
    ]),
    ('Об этом сообщила директор школы Анна Король.', [
        ('директор школы Анна Король', Official(None, 'директор школы', Person(None, 'Анна', None, 'Король'))),
    ]),
    ('Письмо направили мэру города Ивану Королю.', [
        ('мэру города Ивану Королю', Official(None, 'мэр города', Person(None, 'Иван', None, 'Король'))),
    ]),
    ('Тренером команды назначен Дик Адвокат.', [
        ('Тренером команды назначен Дик Адвокат', Official(None, 'тренер команды', Person(None, 'Дик', None, 'Адвокат'))),
    ]),
    ('Об этом сообщил президент Путин.', [
        ('президент Путин', Official(None, 'президент', Person(None, None, None, 'Путин'))),
    ]),
    # === 154. the post in the instrumental opens the sentence, then "он" or "она" and a link verb: the one person the sentence before names
    ('Олег Зуев окончил университет в Томске. Министром финансов он стал в 2010 году.', [
        ('Олег Зуев окончил университет в Томске. Министром финансов', Official(None, 'министр финансов', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    ('Анна Котова переехала в Тверь в 2005 году. Губернатором она была избрана в 2019 году.', [
        ('Анна Котова переехала в Тверь в 2005 году. Губернатором', Official(None, 'губернатор', Person(None, 'Анна', None, 'Котова'))),
    ]),
    ('В компании «Гранит» Пётр Лыков проработал десять лет. Её финансовым директором он стал в 2016 году.', [
        ('Пётр Лыков проработал десять лет. Её финансовым директором', Official(None, 'финансовый директор', Person(None, 'Пётр', None, 'Лыков'))),
    ]),
    ('Ирина Белова окончила МГУ. Ректором университета она является с 2020 года.', [
        ('Ирина Белова окончила МГУ. Ректором университета', Official(None, 'ректор университета', Person(None, 'Ирина', None, 'Белова'))),
    ]),
    # === 155. a Latin name with a hyphen or a digit written on to a letter
    ('Об этом сообщил финансовый директор X5 Group Анна Котова.', [
        ('финансовый директор X5 Group Анна Котова', Official(None, 'финансовый директор', Person(None, 'Анна', None, 'Котова'), organization='X5 Group')),
    ]),
    ('Об этом сообщил глава Rolls-Royce Олег Зуев.', [
        ('глава Rolls-Royce Олег Зуев', Official(None, 'глава', Person(None, 'Олег', None, 'Зуев'), organization='Rolls-Royce')),
    ]),
    ('Письмо направили главе S7 Airlines Петру Лыкову.', [
        ('главе S7 Airlines Петру Лыкову', Official(None, 'глава', Person(None, 'Петр', None, 'Лыков'), organization='S7 Airlines')),
    ]),
    # === 156. "Дж.", the English J's initial, before a surname
    ('Президент компании Дж. Морган выступил.', [
        ('Президент компании Дж. Морган', Official(None, 'президент компании', Person(None, 'Дж.', None, 'Морган'))),
    ]),
    ('Встреча с сенатором Дж. Харрисом прошла вчера.', [
        ('сенатором Дж. Харрисом', Official(None, 'сенатор', Person(None, 'Дж.', None, 'Харрис'))),
    ]),
    ('Об этом сообщил генерал Дж. Томпсон.', [
        ('генерал Дж. Томпсон', Official(None, 'генерал', Person(None, 'Дж.', None, 'Томпсон'))),
    ]),
    # === 157. a district's kind, then its name in the nominative
    ('Глава района Хамовники Олег Зуев выступил.', [
        ('Глава района Хамовники Олег Зуев', Official(None, 'глава', Person(None, 'Олег', None, 'Зуев'), place='район Хамовники')),
    ]),
    ('Письмо направили главе управы района Марьино Анне Котовой.', [
        ('главе управы района Марьино Анне Котовой', Official(None, 'глава управы', Person(None, 'Анна', None, 'Котова'), place='район Марьино')),
    ]),
    ('Глава района Олег Зуев выступил.', [
        ('Глава района Олег Зуев', Official(None, 'глава района', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    # === 158. the post, then its holder's name in brackets
    ('Министр финансов (Олег Зуев) выступил на форуме.', [
        ('Министр финансов (Олег Зуев)', Official(None, 'министр финансов', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    ('Ректор университета (Анна Котова) подписала приказ.', [
        ('Ректор университета (Анна Котова)', Official(None, 'ректор университета', Person(None, 'Анна', None, 'Котова'))),
    ]),
    # === 159. a particle joined by a hyphen stays, the name after it declines
    ('Визит президента Башара аль-Хашими отложен.', [
        ('президента Башара аль-Хашими', Official(None, 'президент', Person(None, 'Башар', None, 'аль-Хашими'))),
    ]),
    ('Встреча с министром Халедом аль-Мансуром прошла вчера.', [
        ('министром Халедом аль-Мансуром', Official(None, 'министр', Person(None, 'Халед', None, 'аль-Мансур'))),
    ]),
    ('Визит министра Итамара Бен-Шахара отложен.', [
        ('министра Итамара Бен-Шахара', Official(None, 'министр', Person(None, 'Итамар', None, 'Бен-Шахар'))),
    ]),
    ('Об этом сообщил министр Халед аль-Мансур.', [
        ('министр Халед аль-Мансур', Official(None, 'министр', Person(None, 'Халед', None, 'аль-Мансур'))),
    ]),
    # === 160. a verb of intent before "остаться" or "оставаться" and the post: the post is held now
    ('Олег Зуев решил остаться министром финансов.', [
        ('Олег Зуев решил остаться министром финансов', Official(None, 'министр финансов', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    ('Анна Котова намерена оставаться губернатором до конца срока.', [
        ('Анна Котова намерена оставаться губернатором', Official(None, 'губернатор', Person(None, 'Анна', None, 'Котова'))),
    ]),
    ('Пётр Лыков согласился остаться главой администрации.', [
        ('Пётр Лыков согласился остаться главой администрации', Official(None, 'глава администрации', Person(None, 'Пётр', None, 'Лыков'))),
    ]),
    # === 161. a hyphenated place whose parts the dictionary does not know as a place, or knows as a first name: after a post, or after "в"
    ('Мэр Улан-Удэ Игорь Шутенков провёл приём граждан.', [
        ('Мэр Улан-Удэ Игорь Шутенков', Official(None, 'мэр', Person(None, 'Игорь', None, 'Шутенков'), place='Улан-Удэ')),
    ]),
    ('Встреча с мэром Буэнос-Айреса Хорхе Макри прошла в мэрии.', [
        ('мэром Буэнос-Айреса Хорхе Макри', Official(None, 'мэр', Person(None, 'Хорхе', None, 'Макри'), place='Буэнос-Айрес')),
    ]),
    ('Губернатор Шлезвиг-Гольштейна Даниэль Гюнтер посетил порт.', [
        ('Губернатор Шлезвиг-Гольштейна Даниэль Гюнтер', Official(None, 'губернатор', Person(None, 'Даниэль', None, 'Гюнтер'), place='Шлезвиг-Гольштейн')),
    ]),
    ('Мэру Франкфурта-на-Майне Петеру Фельдману выразили недоверие.', [
        ('Мэру Франкфурта-на-Майне Петеру Фельдману', Official(None, 'мэр', Person(None, 'Петер', None, 'Фельдман'), place='Франкфурт-на-Майне')),
    ]),
    ('О мэре Сан-Франциско Эдвине Ли написали газеты.', [
        ('мэре Сан-Франциско Эдвине Ли', Official(None, 'мэр', Person(None, 'Эдвин', None, 'Ли'), place='Сан-Франциско')),
    ]),
    ('Глава представительства банка в Рио-де-Жанейро Ольга Седова ушла в отставку.', [
        ('Глава представительства банка в Рио-де-Жанейро Ольга Седова', Official(None, 'глава представительства банка', Person(None, 'Ольга', None, 'Седова'), place='Рио-де-Жанейро')),
    ]),
    ('Директор филиала в Улан-Баторе Павел Котов уволен.', [
        ('Директор филиала в Улан-Баторе Павел Котов', Official(None, 'директор филиала', Person(None, 'Павел', None, 'Котов'), place='Улан-Батор')),
    ]),
    ('Консул России в Сан-Франциско Иван Лыков вручил награды.', [
        ('Консул России в Сан-Франциско Иван Лыков', Official(None, 'консул', Person(None, 'Иван', None, 'Лыков'), place='Россия')),
    ]),
    ('Глава торгпредства в Абу-Даби Олег Зимин провёл встречу.', [
        ('Глава торгпредства в Абу-Даби Олег Зимин', Official(None, 'глава торгпредства', Person(None, 'Олег', None, 'Зимин'), place='Абу-Даби')),
    ]),
    ('Глава миссии в Нур-Султане Анна Котова уволена.', [
        ('Глава миссии в Нур-Султане Анна Котова', Official(None, 'глава миссии', Person(None, 'Анна', None, 'Котова'), place='Нур-Султан')),
    ]),
    # === 162. where the post is held: a noun in the locative and the genitives it governs, then a place
    ('Выступил советник в администрации президента России Иван Сидоров.', [
        ('советник в администрации президента России Иван Сидоров', Official(None, 'советник', Person(None, 'Иван', None, 'Сидоров'))),
    ]),
    ('Назначен советник в администрации губернатора Павел Лыков.', [
        ('советник в администрации губернатора Павел Лыков', Official(None, 'советник', Person(None, 'Павел', None, 'Лыков'))),
    ]),
    ('Заместитель начальника в аппарате полномочного представителя Олег Котов подал в отставку.', [
        ('Заместитель начальника в аппарате полномочного представителя Олег Котов', Official(None, 'заместитель начальника', Person(None, 'Олег', None, 'Котов'))),
    ]),
    ('С советником в аппарате правительства Москвы Анной Зуевой встретились журналисты.', [
        ('советником в аппарате правительства Москвы Анной Зуевой', Official(None, 'советник', Person(None, 'Анна', None, 'Зуева'))),
    ]),
    ('Референт в секретариате председателя партии Ольга Лыкова дала интервью.', [
        ('Референт в секретариате председателя партии Ольга Лыкова', Official(None, 'референт', Person(None, 'Ольга', None, 'Лыкова'))),
    ]),
    ('Журналисты встретились с советником в администрации губернатора Ивана Сидорова.', [
        ('губернатора Ивана Сидорова', Official(None, 'губернатор', Person(None, 'Иван', None, 'Сидоров'))),
    ]),  # a name that may be a genitive after the governed noun is whose body it is
    # === 163. "при" and a place: the body a representative is attached to
    ('Постоянный представитель России при Евросоюзе Кирилл Логвинов выступил в Брюсселе.', [
        ('Постоянный представитель России при Евросоюзе Кирилл Логвинов', Official(None, 'постоянный представитель', Person(None, 'Кирилл', None, 'Логвинов'), place='Россия')),
    ]),
    ('Посол при Святом Престоле Иван Соколов вручил грамоты.', [
        ('Посол при Святом Престоле Иван Соколов', Official(None, 'посол', Person(None, 'Иван', None, 'Соколов'))),
    ]),
    ('С постпредом Украины при Евросоюзе Всеволодом Ченцовым встретились министры.', [
        ('постпредом Украины при Евросоюзе Всеволодом Ченцовым', Official(None, 'постпред', Person(None, 'Всеволод', None, 'Ченцов'), place='Украина')),
    ]),
    # === 164. where one goes ("на должность", "в должность"), the post, the verb of coming to it, then who came
    ('С 1 марта на должность начальника Свердловской железной дороги заступает Артур Шайхутдинов.', [
        ('на должность начальника Свердловской железной дороги заступает Артур Шайхутдинов', Official(None, 'начальник', Person(None, 'Артур', None, 'Шайхутдинов'), organization='Свердловская железная дорога')),
    ]),
    ('На должность главного врача больницы заступила Ольга Седова.', [
        ('На должность главного врача больницы заступила Ольга Седова', Official(None, 'главный врач больницы', Person(None, 'Ольга', None, 'Седова'))),
    ]),
    ('В должность губернатора Тульской области официально вступила Анна Котова.', [
        ('В должность губернатора Тульской области официально вступила Анна Котова', Official(None, 'губернатор', Person(None, 'Анна', None, 'Котова'), place='Тульская область')),
    ]),
    ('На пост мэра вернулся Иван Петров.', [
        ('На пост мэра вернулся Иван Петров', Official(None, 'мэр', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('В должность ректора университета вступил Павел Зуев.', [
        ('В должность ректора университета вступил Павел Зуев', Official(None, 'ректор университета', Person(None, 'Павел', None, 'Зуев'))),
    ]),
    # === 165. "выступить" and the post in the instrumental: acting in the role
    ('Председателем комиссии выступил Иван Петров.', [
        ('Председателем комиссии выступил Иван Петров', Official(None, 'председатель комиссии', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('Продюсером фильма выступил известный актёр Павел Зуев.', [
        ('Продюсером фильма выступил известный актёр Павел Зуев', Official(None, 'продюсер фильма', Person(None, 'Павел', None, 'Зуев'))),
    ]),
    ('Олег Лыков выступал советником губернатора.', [
        ('Олег Лыков выступал советником губернатора', Official(None, 'советник губернатора', Person(None, 'Олег', None, 'Лыков'))),
    ]),
    ('Секретарём комиссии выступила Анна Котова.', [
        ('Секретарём комиссии выступила Анна Котова', Official(None, 'секретарь комиссии', Person(None, 'Анна', None, 'Котова'))),
    ]),
    ('Анна Котова выступила председателем жюри.', [
        ('Анна Котова выступила председателем жюри', Official(None, 'председатель жюри', Person(None, 'Анна', None, 'Котова'))),
    ]),
    # === 166. bodies of transport and power: a capitalized adjective, adjectives, "дорога", "пароходство", "авиакомпания"
    ('Выступил начальник Свердловской железной дороги Артур Шайхутдинов.', [
        ('начальник Свердловской железной дороги Артур Шайхутдинов', Official(None, 'начальник', Person(None, 'Артур', None, 'Шайхутдинов'), organization='Свердловская железная дорога')),
    ]),
    ('С начальником Северной железной дороги Иваном Котовым встретился губернатор.', [
        ('начальником Северной железной дороги Иваном Котовым', Official(None, 'начальник', Person(None, 'Иван', None, 'Котов'), organization='Северная железная дорога')),
    ]),
    ('Капитан Мурманского морского пароходства Олег Седов дал интервью.', [
        ('Капитан Мурманского морского пароходства Олег Седов', Official(None, 'капитан', Person(None, 'Олег', None, 'Седов'), organization='Мурманское морское пароходство')),
    ]),
    ('Генеральный директор Уральской авиакомпании Сергей Скуратов подал в отставку.', [
        ('Генеральный директор Уральской авиакомпании Сергей Скуратов', Official(None, 'генеральный директор', Person(None, 'Сергей', None, 'Скуратов'), organization='Уральская авиакомпания')),
    ]),
    # === 167. a post held under someone whose own post has a body, then that one's full name and the holder
    ('Пресс-секретарь главы МИД Олега Малышева Анна Пестова заявила.', [
        ('Пресс-секретарь главы МИД Олега Малышева Анна Пестова', Official(None, 'пресс-секретарь главы', Person(None, 'Анна', None, 'Пестова'), organization='МИД')),
        ('главы МИД Олега Малышева', Official(None, 'глава', Person(None, 'Олег', None, 'Малышев'), organization='МИД')),
    ]),
    ('Пресс-секретарь генсека ООН Антониу Гутерриша Стефан Дюжаррик заявил.', [
        ('Пресс-секретарь генсека ООН Антониу Гутерриша Стефан Дюжаррик', Official(None, 'пресс-секретарь генсека', Person(None, 'Стефан', None, 'Дюжаррик'), organization='ООН')),
        ('генсека ООН Антониу Гутерриша', Official(None, 'генсек', Person(None, 'Антониу', None, 'Гутерриш'), organization='ООН')),
    ]),
    ('Советник главы Минфина России Антона Силуанова Иван Котов заявил.', [
        ('Советник главы Минфина России Антона Силуанова Иван Котов', Official(None, 'советник главы', Person(None, 'Иван', None, 'Котов'), organization='Минфин', place='Россия')),
        ('главы Минфина России Антона Силуанова', Official(None, 'глава', Person(None, 'Антон', None, 'Силуанов'), organization='Минфин', place='Россия')),
    ]),
    ('Помощник председателя Госдумы Вячеслава Володина Ольга Лыкова ушла в отставку.', [
        ('Помощник председателя Госдумы Вячеслава Володина Ольга Лыкова', Official(None, 'помощник председателя', Person(None, 'Ольга', None, 'Лыкова'), organization='Госдума')),
        ('председателя Госдумы Вячеслава Володина', Official(None, 'председатель', Person(None, 'Вячеслав', None, 'Володин'), organization='Госдума')),
    ]),
    # === 168. a preposition right before a post in the instrumental governs it: no predicate of the name before
    ('Иван Петров работал с министром Олегом Котовым.', [
        ('министром Олегом Котовым', Official(None, 'министр', Person(None, 'Олег', None, 'Котов'))),
    ]),
    ('Иван Петров выступил перед губернатором Олегом Котовым.', [
        ('губернатором Олегом Котовым', Official(None, 'губернатор', Person(None, 'Олег', None, 'Котов'))),
    ]),
    ('Анна Лыкова спорила с мэром Павлом Зуевым.', [
        ('мэром Павлом Зуевым', Official(None, 'мэр', Person(None, 'Павел', None, 'Зуев'))),
    ]),
    ('Олег Седов был вместе с министром финансов Антоном Силуановым.', [
        ('министром финансов Антоном Силуановым', Official(None, 'министр финансов', Person(None, 'Антон', None, 'Силуанов'))),
    ]),
    # === 169. a capitalized word after a post whose ending no genitive has is no body ("Антониу", "Вениньо")
    ('Советник генсека Антониу Гутерриша Анна Пестова заявила.', [
        ('Советник генсека Антониу Гутерриша Анна Пестова', Official(None, 'советник генсека', Person(None, 'Анна', None, 'Пестова'))),
        ('генсека Антониу Гутерриша', Official(None, 'генсек', Person(None, 'Антониу', None, 'Гутерриш'))),
    ]),
    ('Журналист Вениньо С. Акино был убит в 1983 году.', [
        ('Журналист Вениньо С. Акино', Official(None, 'журналист', Person(None, 'Вениньо', 'С.', 'Акино'))),
    ]),
    ('Об этом сообщил председатель Еврогруппы Паскаль Донохью.', [
        ('председатель Еврогруппы Паскаль Донохью', Official(None, 'председатель', Person(None, 'Паскаль', None, 'Донохью'), organization='Еврогруппа')),
    ]),
    # === 170. "шеф-редактор": a chief editor
    ('Олеся Бурденко — шеф-редактор «Вечернего Омска» — сообщила новость.', [
        ('Олеся Бурденко — шеф-редактор «Вечернего Омска»', Official(None, 'шеф-редактор', Person(None, 'Олеся', None, 'Бурденко'), organization='Вечерний Омск')),
    ]),
    ('О проекте рассказал шеф-редактор телеканала Иван Котов.', [
        ('шеф-редактор телеканала Иван Котов', Official(None, 'шеф-редактор телеканала', Person(None, 'Иван', None, 'Котов'))),
    ]),
    # === 171. a region's official name with its other name after a dash ("Кемеровской области — Кузбасса"); a name after the dash stays the holder's
    ('Выступил губернатор Ханты-Мансийского автономного округа — Югры Руслан Кухарук.', [
        ('губернатор Ханты-Мансийского автономного округа — Югры Руслан Кухарук', Official(None, 'губернатор', Person(None, 'Руслан', None, 'Кухарук'), place='Ханты-Мансийский автономный округ — Югра')),
    ]),
    ('Встреча с губернатором Кемеровской области — Кузбасса Ильёй Середюком прошла.', [
        ('губернатором Кемеровской области — Кузбасса Ильёй Середюком', Official(None, 'губернатор', Person(None, 'Илья', None, 'Середюк'), place='Кемеровская область — Кузбасс')),
    ]),
    ('Глава Чувашской Республики — Чувашии Олег Николаев выступил.', [
        ('Глава Чувашской Республики — Чувашии Олег Николаев', Official(None, 'глава', Person(None, 'Олег', None, 'Николаев'), place='Чувашская Республика — Чувашия')),
    ]),
    ('Выступил губернатор Кемеровской области — Сергей Цивилев.', [
        ('губернатор Кемеровской области — Сергей Цивилев', Official(None, 'губернатор', Person(None, 'Сергей', None, 'Цивилев'), place='Кемеровская область')),
    ]),
    # === 172. Latin names joined by a lower-case word ("Bank of America", "Arab Organization for Industrialization")
    ('Выступил президент Bank of America Брайан Мойнихэн.', [
        ('президент Bank of America Брайан Мойнихэн', Official(None, 'президент', Person(None, 'Брайан', None, 'Мойнихэн'), organization='Bank of America')),
    ]),
    ('Об этом сообщил глава Arab Organization for Industrialization Мухаммед Ахмед.', [
        ('глава Arab Organization for Industrialization Мухаммед Ахмед', Official(None, 'глава', Person(None, 'Мухаммед', None, 'Ахмед'), organization='Arab Organization for Industrialization')),
    ]),
    ('Встреча с директором Bank of China Иваном Ли прошла в Пекине.', [
        ('директором Bank of China Иваном Ли', Official(None, 'директор', Person(None, 'Иван', None, 'Ли'), organization='Bank of China')),
    ]),
    # === 173. a plural post in the instrumental, a copula, a holder for each
    ('Вице-губернаторами также стали Константин Степаненко и Сергей Бенедиктов.', [
        ('Вице-губернаторами также стали Константин Степаненко и Сергей Бенедиктов', Official(None, 'вице-губернатор', Person(None, 'Константин', None, 'Степаненко'))),
        ('Вице-губернаторами также стали Константин Степаненко и Сергей Бенедиктов', Official(None, 'вице-губернатор', Person(None, 'Сергей', None, 'Бенедиктов'))),
    ]),
    ('Заместителями министра назначены Иван Петров, Анна Лыкова и Олег Котов.', [
        ('Заместителями министра назначены Иван Петров, Анна Лыкова и Олег Котов', Official(None, 'заместитель министра', Person(None, 'Иван', None, 'Петров'))),
        ('Заместителями министра назначены Иван Петров, Анна Лыкова и Олег Котов', Official(None, 'заместитель министра', Person(None, 'Анна', None, 'Лыкова'))),
        ('Заместителями министра назначены Иван Петров, Анна Лыкова и Олег Котов', Official(None, 'заместитель министра', Person(None, 'Олег', None, 'Котов'))),
    ]),
    ('Заместителями губернатора области в понедельник назначены Павел Зуев и Олег Котов.', [
        ('Заместителями губернатора области в понедельник назначены Павел Зуев и Олег Котов', Official(None, 'заместитель губернатора', Person(None, 'Павел', None, 'Зуев'))),
        ('Заместителями губернатора области в понедельник назначены Павел Зуев и Олег Котов', Official(None, 'заместитель губернатора', Person(None, 'Олег', None, 'Котов'))),
    ]),
    ('Советниками мэра стали Анна Лыкова и Ольга Седова.', [
        ('Советниками мэра стали Анна Лыкова и Ольга Седова', Official(None, 'советник мэра', Person(None, 'Анна', None, 'Лыкова'))),
        ('Советниками мэра стали Анна Лыкова и Ольга Седова', Official(None, 'советник мэра', Person(None, 'Ольга', None, 'Седова'))),
    ]),
    # === 174. two posts of one holder joined by a comma, then the name
    ('Об этом сообщил вице-премьер, министр национальной обороны Польши Владислав Косиняк-Камыш.', [
        ('вице-премьер, министр национальной обороны Польши Владислав Косиняк-Камыш', Official(None, 'вице-премьер', Person(None, 'Владислав', None, 'Косиняк-Камыш'))),
        ('вице-премьер, министр национальной обороны Польши Владислав Косиняк-Камыш', Official(None, 'министр национальной обороны', Person(None, 'Владислав', None, 'Косиняк-Камыш'), place='Польша')),
    ]),
    ('Встреча с вице-премьером, министром обороны Владиславом Косиняком-Камышем прошла в Варшаве.', [
        ('вице-премьером, министром обороны Владиславом Косиняком-Камышем', Official(None, 'вице-премьер', Person(None, 'Владислав', None, 'Косиняк-Камыш'))),
        ('вице-премьером, министром обороны Владиславом Косиняком-Камышем', Official(None, 'министр обороны', Person(None, 'Владислав', None, 'Косиняк-Камыш'))),
    ]),
    ('Заявление сделал премьер-министр, министр иностранных дел Катара Мухаммед Аль Тани.', [
        ('премьер-министр, министр иностранных дел Катара Мухаммед Аль Тани', Official(None, 'министр иностранных дел', Person(None, 'Мухаммед', None, 'Аль Тани'), place='Катар')),
        ('премьер-министр, министр иностранных дел Катара Мухаммед Аль Тани', Official(None, 'премьер-министр', Person(None, 'Мухаммед', None, 'Аль Тани'))),
    ]),
    # === 175. what follows a post in a case it does not govern is none of its words: an instrumental after a post that is no participle, a dative
    ('Указом президента России командующим Тихоокеанским флотом назначен вице-адмирал Эдуард Заболотный.', [
        ('командующим Тихоокеанским флотом назначен вице-адмирал Эдуард Заболотный', Official(None, 'вице-адмирал', Person(None, 'Эдуард', None, 'Заболотный'))),
        ('командующим Тихоокеанским флотом назначен вице-адмирал Эдуард Заболотный', Official(None, 'командующий', Person(None, 'Эдуард', None, 'Заболотный'), organization='Тихоокеанский флот')),
    ]),
    ('Распоряжением губернатора министром финансов назначена Анна Лыкова.', [
        ('министром финансов назначена Анна Лыкова', Official(None, 'министр финансов', Person(None, 'Анна', None, 'Лыкова'))),
    ]),
    ('Министр Минору Кихара сообщил о переговорах.', [
        ('Министр Минору Кихара', Official(None, 'министр', Person(None, 'Минору', None, 'Кихара'))),
    ]),
    ('Руководитель Роскосмос Дмитрий Баканов выступил на форуме.', [
        ('Руководитель Роскосмос Дмитрий Баканов', Official(None, 'руководитель', Person(None, 'Дмитрий', None, 'Баканов'), organization='Роскосмос')),
    ]),
    ('Управляющий Сбербанком Иван Петров выступил.', [
        ('Управляющий Сбербанком Иван Петров', Official(None, 'управляющий', Person(None, 'Иван', None, 'Петров'), organization='Сбербанк')),
    ]),
    ('Командующий войсками округа Иван Петров выступил.', [
        ('Командующий войсками округа Иван Петров', Official(None, 'командующий войсками округа', Person(None, 'Иван', None, 'Петров'))),
    ]),
    # === 176. who decrees ("указом президента") is no referent of a pronoun in the next sentence
    ('Указом президента России командующим флотом назначен Эдуард Заболотный. Ранее он занимал пост начальника штаба Северного флота.', [
        ('командующим флотом назначен Эдуард Заболотный', Official(None, 'командующий флотом', Person(None, 'Эдуард', None, 'Заболотный'))),
        ('Эдуард Заболотный. Ранее он занимал пост начальника штаба Северного флота', Official(None, 'начальник штаба', Person(None, 'Эдуард', None, 'Заболотный'), organization='Северный флот')),
    ]),
    ('Распоряжением губернатора министром финансов назначена Анна Лыкова. Ранее она занимала пост заместителя министра.', [
        ('министром финансов назначена Анна Лыкова', Official(None, 'министр финансов', Person(None, 'Анна', None, 'Лыкова'))),
        ('Анна Лыкова. Ранее она занимала пост заместителя министра', Official(None, 'заместитель министра', Person(None, 'Анна', None, 'Лыкова'))),
    ]),
    # === 177. an indeclinable head: the adjectives before it agree with a man's post in the nominative
    ('С военным атташе посольства Сергеем Гавриловым встретились журналисты.', [
        ('военным атташе посольства Сергеем Гавриловым', Official(None, 'военный атташе посольства', Person(None, 'Сергей', None, 'Гаврилов'))),
    ]),
    ('Слово предоставили военному атташе Сергею Гаврилову.', [
        ('военному атташе Сергею Гаврилову', Official(None, 'военный атташе', Person(None, 'Сергей', None, 'Гаврилов'))),
    ]),
    ('Встреча с первым замглавы администрации Иваном Петровым прошла.', [
        ('первым замглавы администрации Иваном Петровым', Official(None, 'первый замглавы администрации', Person(None, 'Иван', None, 'Петров'))),
    ]),
    # === 178. "кандидат" without the post run for holds none, also as the first of two posts
    ('Второй кандидат, депутат Законодательного собрания Новосибирской области Артем Шалимов, набрал девять голосов.', [
        ('депутат Законодательного собрания Новосибирской области Артем Шалимов', Official(None, 'депутат', Person(None, 'Артем', None, 'Шалимов'), organization='Законодательное собрание', place='Новосибирская область')),
    ]),
    ('Кандидат в президенты, депутат Иван Петров, выступил.', [
        ('Кандидат в президенты, депутат Иван Петров', Official(None, 'депутат', Person(None, 'Иван', None, 'Петров'))),
        ('Кандидат в президенты, депутат Иван Петров', Official(None, 'кандидат в президенты', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('Партия выдвинула своего кандидата на пост премьер-министра - председателя нижней палаты парламента Мирославу Немцову.', [
        ('председателя нижней палаты парламента Мирославу Немцову', Official(None, 'председатель нижней палаты парламента', Person(None, 'Мирослава', None, 'Немцова'))),
    ]),
    ('Землякам представили претендента на должность мэра - вице-губернатора Павла Зуева.', [
        ('вице-губернатора Павла Зуева', Official(None, 'вице-губернатор', Person(None, 'Павел', None, 'Зуев'))),
    ]),
    # === 179. a brand with the country's domain written on to it ("ВЭБ.РФ", "ДОМ.РФ"), a letter and a digit ("Т2"): one name, no sentence end
    ('Выступил глава ВЭБ.РФ Игорь Шувалов.', [
        ('глава ВЭБ.РФ Игорь Шувалов', Official(None, 'глава', Person(None, 'Игорь', None, 'Шувалов'), organization='ВЭБ.РФ')),
    ]),
    ('С гендиректором ДОМ.РФ Виталием Мутко встретился губернатор.', [
        ('гендиректором ДОМ.РФ Виталием Мутко', Official(None, 'гендиректор', Person(None, 'Виталий', None, 'Мутко'), organization='ДОМ.РФ')),
    ]),
    ('Об этом сообщил президент Т2 Андрей Семёнов.', [
        ('президент Т2 Андрей Семёнов', Official(None, 'президент', Person(None, 'Андрей', None, 'Семёнов'), organization='Т2')),
    ]),
    # === 180. an Arabic name with a father's double name before the family's particle ("бен Абдель Рахман Аль Тани")
    ('Заявил премьер-министр Катара шейх Мухаммед бен Абдель Рахман Аль Тани.', [
        ('премьер-министр Катара шейх Мухаммед бен Абдель Рахман Аль Тани', Official(None, 'премьер-министр', Person(None, 'Мухаммед', None, 'бен Абдель Рахман Аль Тани'), place='Катар')),
    ]),
    ('Встреча с министром Мухаммедом бен Абдель Рахманом Аль Тани прошла в Дохе.', [
        ('министром Мухаммедом бен Абдель Рахманом Аль Тани', Official(None, 'министр', Person(None, 'Мухаммед', None, 'бен Абдель Рахман Аль Тани'))),
    ]),
    ('Заявил эмир Катара шейх Тамим бен Хамад Аль Тани.', [
        ('эмир Катара шейх Тамим бен Хамад Аль Тани', Official(None, 'эмир', Person(None, 'Тамим', None, 'бен Хамад Аль Тани'), place='Катар')),
    ]),
    # === 181. a body's other name after a dash ("Государственного собрания — Курултая")
    ('Ранее председатель Государственного собрания — Курултая республики Константин Толкачев предлагал ускорить расселение.', [
        ('Ранее председатель Государственного собрания — Курултая республики Константин Толкачев', Official(None, 'председатель', Person(None, 'Константин', None, 'Толкачев'), organization='Государственное собрание — Курултай республики')),
    ]),
    # === 182. an infinitive of appointing right before the mention: an appointment to come or wished for, no post held (a decree's opening infinitive is one made)
    ('Президент назначил Ивана Петрова министром финансов.', [
        ('Ивана Петрова министром финансов', Official(None, 'министр финансов', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('Назначить Петрова Ивана Сергеевича министром финансов.', [
        ('Петрова Ивана Сергеевича министром финансов', Official(None, 'министр финансов', Person(None, 'Иван', 'Сергеевич', 'Петров'))),
    ]),
    # === 183. named events whose juries and committees have chairs ("Каннского кинофестиваля"); "провозглашён" with the post; a short surname ends its sentence ("Карлос Гон.")
    ('Председатель жюри Каннского кинофестиваля Кейт Бланшетт вручила награду.', [
        ('Председатель жюри Каннского кинофестиваля Кейт Бланшетт', Official(None, 'председатель жюри', Person(None, 'Кейт', None, 'Бланшетт'), organization='Каннский кинофестиваль')),
    ]),
    ('Председатель оргкомитета Петербургского международного экономического форума Антон Кобяков заявил.', [
        ('Председатель оргкомитета Петербургского международного экономического форума Антон Кобяков', Official(None, 'председатель оргкомитета', Person(None, 'Антон', None, 'Кобяков'), organization='Петербургский международный экономический форум')),
    ]),
    ('Новым султаном провозглашён Хейсам бен Тарик Аль Саид.', [
        ('султаном провозглашён Хейсам бен Тарик Аль Саид', Official(None, 'султан', Person(None, 'Хейсам', None, 'бен Тарик Аль Саид'))),
    ]),
    ('Об этом сообщил председатель совета директоров альянса Renault-Nissan Карлос Гон. Новым президентом компании станет француз Николя Мор.', [
        ('председатель совета директоров альянса Renault-Nissan Карлос Гон', Official(None, 'председатель совета директоров альянса', Person(None, 'Карлос', None, 'Гон'), organization='Renault-Nissan')),
        ('президентом компании станет француз Николя Мор', Official(None, 'президент компании', Person(None, 'Николя', None, 'Мор'))),
    ]),
    ('Сказал Пак. Министром назначен Иван Петров.', [
        ('Министром назначен Иван Петров', Official(None, 'министр', Person(None, 'Иван', None, 'Петров'))),
    ]),
    # === 184. a topic of watching over something: "по контролю за", "по надзору за" and the instrumental
    ('Выступил начальник управления по контролю за оборотом наркотиков Юрий Девятков.', [
        ('начальник управления по контролю за оборотом наркотиков Юрий Девятков', Official(None, 'начальник управления по контролю за оборотом наркотиков', Person(None, 'Юрий', None, 'Девятков'))),
    ]),
    ('Встреча с руководителем службы по надзору за соблюдением законов Иваном Петровым прошла.', [
        ('руководителем службы по надзору за соблюдением законов Иваном Петровым', Official(None, 'руководитель службы по надзору за соблюдением законов', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('Заместитель министра по контролю за исполнением поручений Анна Котова выступила.', [
        ('Заместитель министра по контролю за исполнением поручений Анна Котова', Official(None, 'заместитель министра по контролю за исполнением поручений', Person(None, 'Анна', None, 'Котова'))),
    ]),
    # === 185. a body led, capitalized, between the holder and "в должности"
    ('Леонид Арсеньев двадцать лет руководил Уральским университетом в должности ректора.', [
        ('Леонид Арсеньев двадцать лет руководил Уральским университетом в должности ректора', Official(None, 'ректор', Person(None, 'Леонид', None, 'Арсеньев'))),
    ]),
    ('Анна Котова три года возглавляла Федерацию тенниса в должности президента.', [
        ('Анна Котова три года возглавляла Федерацию тенниса в должности президента', Official(None, 'президент', Person(None, 'Анна', None, 'Котова'))),
    ]),
    # === 186. a plural post in the governed words names a body ("кабинета министров", "совета директоров"): the name after it is the holder's
    ('Выступил генеральный секретарь кабинета министров Ёсихидэ Суга.', [
        ('генеральный секретарь кабинета министров Ёсихидэ Суга', Official(None, 'генеральный секретарь кабинета министров', Person(None, 'Ёсихидэ', None, 'Суга'))),
    ]),
    ('Генеральный секретарь кабинета министров Японии Минору Кихара сообщил о визите.', [
        ('Генеральный секретарь кабинета министров Японии Минору Кихара', Official(None, 'генеральный секретарь кабинета министров', Person(None, 'Минору', None, 'Кихара'), place='Япония')),
    ]),
    ('С председателем совета директоров Иваном Лыковым встретился губернатор.', [
        ('председателем совета директоров Иваном Лыковым', Official(None, 'председатель совета директоров', Person(None, 'Иван', None, 'Лыков'))),
    ]),
    # === 187. an East Asian family name after a post opens the holder's name, never whose post it is
    ('Приговор огласил судья Ким Се Юн.', [
        ('судья Ким Се Юн', Official(None, 'судья', Person(None, 'Се Юн', None, 'Ким'))),
    ]),
    ('С министром Пак Чин Ёном встретился посол.', [
        ('министром Пак Чин Ёном', Official(None, 'министр', Person(None, 'Чин Ён', None, 'Пак'))),
    ]),
    ('Выступил посол Ли Хуэй.', [
        ('посол Ли Хуэй', Official(None, 'посол', Person(None, 'Хуэй', None, 'Ли'))),
    ]),
    # === 188. a man's name in "-а" in the accusative ("Никиту") before an indeclinable surname goes back to the nominative
    ('Он сменил на посту мэра Никиту Белых.', [
        ('мэра Никиту Белых', Official(None, 'мэр', Person(None, 'Никита', None, 'Белых'))),
    ]),
    ('Губернатор назначил Илью Черных министром.', [
        ('Илью Черных министром', Official(None, 'министр', Person(None, 'Илья', None, 'Черных'))),
    ]),
    ('Совет избрал Никиту Живаго председателем.', [
        ('Никиту Живаго председателем', Official(None, 'председатель', Person(None, 'Никита', None, 'Живаго'))),
    ]),
    # === 189. a post before a surname alone, held by the person the text names in full with a first name ("... Эммануэль Макрон ... с президентом Макроном")
    ('Президент Франции Эммануэль Макрон прибыл в Берлин. Переговоры с президентом Макроном продлились два часа.', [
        ('Президент Франции Эммануэль Макрон', Official(None, 'президент', Person(None, 'Эммануэль', None, 'Макрон'), place='Франция')),
        ('президентом Макроном', Official(None, 'президент', Person(None, 'Эммануэль', None, 'Макрон'))),
    ]),
    ('Госсекретарь США Энтони Блинкен посетил Киев. Журналисты спросили госсекретаря Блинкена о помощи.', [
        ('Госсекретарь США Энтони Блинкен', Official(None, 'госсекретарь', Person(None, 'Энтони', None, 'Блинкен'), place='США')),
        ('госсекретаря Блинкена', Official(None, 'госсекретарь', Person(None, 'Энтони', None, 'Блинкен'))),
    ]),
    ('Эмомали Рахмон прибыл в Москву. По словам президента Таджикистана Рахмона, переговоры прошли успешно.', [
        ('президента Таджикистана Рахмона', Official(None, 'президент', Person(None, 'Эмомали', None, 'Рахмон'), place='Таджикистан')),
    ]),
    ('Канцлер Германии Олаф Шольц выступил в бундестаге. Оппозиция раскритиковала канцлера Шольца за медлительность.', [
        ('Канцлер Германии Олаф Шольц', Official(None, 'канцлер', Person(None, 'Олаф', None, 'Шольц'), place='Германия')),
        ('канцлера Шольца', Official(None, 'канцлер', Person(None, 'Олаф', None, 'Шольц'))),
    ]),
    ('Сооснователь компании Райан Коэн продал акции. Инвесторы доверяют директору Коэну.', [
        ('директору Коэну', Official(None, 'директор', Person(None, 'Райан', None, 'Коэн'))),
    ]),
    ('Премьер-министр Индии Нарендра Моди посетил Россию. Визит премьер-министра Моди длился два дня.', [
        ('Премьер-министр Индии Нарендра Моди', Official(None, 'премьер-министр', Person(None, 'Нарендра', None, 'Моди'), place='Индия')),
        ('премьер-министра Моди', Official(None, 'премьер-министр', Person(None, 'Нарендра', None, 'Моди'))),
    ]),
    ('Ирина Пелагеина возглавила городскую больницу. Главный врач Пелагеина провела обход.', [
        ('Главный врач Пелагеина', Official(None, 'главный врач', Person(None, 'Ирина', None, 'Пелагеина'))),
    ]),
    # === 190. a body named after someone ("имени", "им.", initials and a surname) after a lower-case body noun or four adjectives
    ('Ректор университета имени Баумана Михаил Гордин выступил на форуме.', [
        ('Ректор университета имени Баумана Михаил Гордин', Official(None, 'ректор университета имени Баумана', Person(None, 'Михаил', None, 'Гордин'))),
    ]),
    ('Директор театра имени Маяковского Егор Перегудов представил сезон.', [
        ('Директор театра имени Маяковского Егор Перегудов', Official(None, 'директор театра имени Маяковского', Person(None, 'Егор', None, 'Перегудов'))),
    ]),
    ('Руководитель центра имени Алмазова Евгений Шляхто выступил на конгрессе.', [
        ('Руководитель центра имени Алмазова Евгений Шляхто', Official(None, 'руководитель центра имени Алмазова', Person(None, 'Евгений', None, 'Шляхто'))),
    ]),
    ('Ректор Российского национального исследовательского медицинского университета имени Н. И. Пирогова Сергей Лукьянов заявил о расширении приема.', [
        ('Ректор Российского национального исследовательского медицинского университета имени Н. И. Пирогова Сергей Лукьянов', Official(None, 'ректор', Person(None, 'Сергей', None, 'Лукьянов'), organization='Российский национальный исследовательский медицинский университет имени Н. И. Пирогова')),
    ]),
    ('Директор Института океанологии им. П. П. Ширшова Российской академии наук Алексей Соков рассказал о планах.', [
        ('Директор Института океанологии им. П. П. Ширшова Российской академии наук Алексей Соков', Official(None, 'директор', Person(None, 'Алексей', None, 'Соков'), organization='Институт океанологии им. П. П. Ширшова Российской академии наук')),
    ]),
    ('Встреча с директором библиотеки имени Некрасова Анной Беловой прошла в пятницу.', [
        ('директором библиотеки имени Некрасова Анной Беловой', Official(None, 'директор библиотеки имени Некрасова', Person(None, 'Анна', None, 'Белова'))),
    ]),
    # === 191. one topic after the place of a post ("вице-губернатор Петербурга по вопросам энергетики")
    ('Вице-губернатор Петербурга по вопросам энергетики Олег Сидоров провёл совещание.', [
        ('Вице-губернатор Петербурга по вопросам энергетики Олег Сидоров', Official(None, 'вице-губернатор', Person(None, 'Олег', None, 'Сидоров'), place='Петербург')),
    ]),
    ('Заместитель губернатора Петербурга по вопросам энергетики Олег Сидоров провёл совещание.', [
        ('Заместитель губернатора Петербурга по вопросам энергетики Олег Сидоров', Official(None, 'заместитель губернатора', Person(None, 'Олег', None, 'Сидоров'), place='Петербург')),
    ]),
    ('Вице-мэр Москвы по вопросам транспорта Олег Сидоров провёл совещание.', [
        ('Вице-мэр Москвы по вопросам транспорта Олег Сидоров', Official(None, 'вице-мэр', Person(None, 'Олег', None, 'Сидоров'), place='Москва')),
    ]),
    ('Совещание провёл заместитель мэра Казани по вопросам строительства Иван Котов.', [
        ('заместитель мэра Казани по вопросам строительства Иван Котов', Official(None, 'заместитель мэра', Person(None, 'Иван', None, 'Котов'), place='Казань')),
    ]),
    # === 192. genitives listed with commas in a body's name ("государственной регистрации, кадастра и картографии")
    ('Глава управления Федеральной службы по надзору в сфере связи, информационных технологий и массовых коммуникаций по Москве Иван Петров заявил об этом.', [
        ('Глава управления Федеральной службы по надзору в сфере связи, информационных технологий и массовых коммуникаций по Москве Иван Петров', Official(None, 'глава управления', Person(None, 'Иван', None, 'Петров'), organization='Федеральная служба по надзору в сфере связи, информационных технологий и массовых коммуникаций', place='Москва')),
    ]),
    ('Руководитель управления Федеральной службы государственной регистрации, кадастра и картографии по Новосибирской области Андрей Ярыгин подвел итоги года.', [
        ('Руководитель управления Федеральной службы государственной регистрации, кадастра и картографии по Новосибирской области Андрей Ярыгин', Official(None, 'руководитель управления', Person(None, 'Андрей', None, 'Ярыгин'), organization='Федеральная служба государственной регистрации, кадастра и картографии', place='Новосибирская область')),
    ]),
    ('Руководитель Федеральной службы государственной регистрации, кадастра и картографии Олег Скуфинский подвел итоги года.', [
        ('Руководитель Федеральной службы государственной регистрации, кадастра и картографии Олег Скуфинский', Official(None, 'руководитель', Person(None, 'Олег', None, 'Скуфинский'), organization='Федеральная служба государственной регистрации, кадастра и картографии')),
    ]),
    ('Директор Департамента науки, образования и кадров Минсельхоза Анна Белова выступила.', [
        ('Директор Департамента науки, образования и кадров Минсельхоза Анна Белова', Official(None, 'директор', Person(None, 'Анна', None, 'Белова'), organization='Департамент науки, образования и кадров')),
    ]),
    # === 193. "после" is no "посол" in the first of two posts either ("после публикации о директоре ...")
    ('Акции упали после публикации о генеральном директоре Tesla Марке Дюбуа.', [
        ('генеральном директоре Tesla Марке Дюбуа', Official(None, 'генеральный директор', Person(None, 'Марк', None, 'Дюбуа'), organization='Tesla')),
    ]),
    ('Рынок вырос после заявления о министре финансов Иване Петрове.', [
        ('министре финансов Иване Петрове', Official(None, 'министр финансов', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('После встречи с губернатором Иваном Петровым журналисты разошлись.', [
        ('губернатором Иваном Петровым', Official(None, 'губернатор', Person(None, 'Иван', None, 'Петров'))),
    ]),
    # === 194. a party's body named by words after an abbreviated one ("ЦК Коммунистической партии Китая"), and "компартия" as a body's noun
    ('Первый секретарь Компартии Украины Петр Симоненко выступил на съезде.', [
        ('Первый секретарь Компартии Украины Петр Симоненко', Official(None, 'первый секретарь', Person(None, 'Петр', None, 'Симоненко'), organization='Компартия Украины')),
    ]),
    ('Лидер Компартии Молдавии Иван Петров выступил.', [
        ('Лидер Компартии Молдавии Иван Петров', Official(None, 'лидер', Person(None, 'Иван', None, 'Петров'), organization='Компартия Молдавии')),
    ]),
    ('Генеральный секретарь ЦК Коммунистической партии Китая Си Цзиньпин принял делегацию.', [
        ('Генеральный секретарь ЦК Коммунистической партии Китая Си Цзиньпин', Official(None, 'генеральный секретарь', Person(None, 'Цзиньпин', None, 'Си'), organization='ЦК', place='Китай')),
    ]),
    ('Генеральный секретарь ЦК Компартии Вьетнама Нгуен Фу Чонг принял в Ханое делегацию.', [
        ('Генеральный секретарь ЦК Компартии Вьетнама Нгуен Фу Чонг', Official(None, 'генеральный секретарь', Person(None, 'Фу Чонг', None, 'Нгуен'), organization='ЦК', place='Вьетнам')),
    ]),
    ('Встреча с генеральным секретарем ЦК Трудовой партии Кореи Ким Чен Ыном прошла во Владивостоке.', [
        ('генеральным секретарем ЦК Трудовой партии Кореи Ким Чен Ыном', Official(None, 'генеральный секретарь', Person(None, 'Чен Ын', None, 'Ким'), organization='ЦК', place='Корея')),
    ]),
    # === 197. a surname alone opening a sentence, a link verb or an office, the post; the text names the person in full elsewhere
    ('Синдзо Абэ вернулся в политику. Абэ уже занимал пост премьера Японии в 2006 году.', [
        ('Абэ уже занимал пост премьера Японии', Official(None, 'премьер', Person(None, 'Синдзо', None, 'Абэ'), place='Япония')),
    ]),
    ('Махатхир Мохамад выступил в ООН. В 2018 году Мохамад стал главой страны.', [
        ('Мохамад стал главой страны', Official(None, 'глава страны', Person(None, 'Махатхир', None, 'Мохамад'))),
    ]),
    ('Нарендра Моди прибыл в Москву. Моди занимает пост премьер-министра Индии с 2014 года.', [
        ('Моди занимает пост премьер-министра Индии', Official(None, 'премьер-министр', Person(None, 'Нарендра', None, 'Моди'), place='Индия')),
    ]),
    ('Ангела Меркель выступила в бундестаге. Меркель занимала пост канцлера шестнадцать лет.', [
        ('Меркель занимала пост канцлера', Official(None, 'канцлер', Person(None, 'Ангела', None, 'Меркель'))),
    ]),
    # === 198. a holder named by the surname alone takes the first name the text gives that surname elsewhere; of two people with one surname, neither
    ('Премьер-министр Владимир Путин выступил в Думе. Президент Путин заявил о реформах.', [
        ('Премьер-министр Владимир Путин', Official(None, 'премьер-министр', Person(None, 'Владимир', None, 'Путин'))),
        ('Президент Путин', Official(None, 'президент', Person(None, 'Владимир', None, 'Путин'))),
    ]),
    ('Фидель Кастро и Рауль Кастро выступили на съезде. Президент Кастро заявил о реформах.', [
        ('Президент Кастро', Official(None, 'президент', Person(None, None, None, 'Кастро'))),
    ]),
    ('Министр Лавров встретился с коллегой.', [
        ('Министр Лавров', Official(None, 'министр', Person(None, None, None, 'Лавров'))),
    ]),
    # === 199. what the office is said to be before its noun: "назначен на новую должность заместителя министра", "на вакантный пост"
    ('Иван Петров назначен на новую должность заместителя министра.', [
        ('Иван Петров назначен на новую должность заместителя министра', Official(None, 'заместитель министра', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('Анна Белова назначена на вакантный пост главы департамента.', [
        ('Анна Белова назначена на вакантный пост главы департамента', Official(None, 'глава департамента', Person(None, 'Анна', None, 'Белова'))),
    ]),
    ('Олега Котова утвердили на ключевую должность начальника управления.', [
        ('Олега Котова утвердили на ключевую должность начальника управления', Official(None, 'начальник управления', Person(None, 'Олег', None, 'Котов'))),
    ]),
    # === 200. an adjective and a noun in the instrumental, then the genitives they govern ("заведующий хирургическим отделением больницы")
    ('Как сообщила заведующая родильным отделением перинатального центра Светлана Орлова, в Калуге родились 74 ребёнка.', [
        ('заведующая родильным отделением перинатального центра Светлана Орлова', Official(None, 'заведующая родильным отделением перинатального центра', Person(None, 'Светлана', None, 'Орлова'))),
    ]),
    ('Заведующий хирургическим отделением больницы Иван Петров провёл операцию.', [
        ('Заведующий хирургическим отделением больницы Иван Петров', Official(None, 'заведующий хирургическим отделением больницы', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('Заведующая терапевтическим отделением городской больницы № 5 Анна Белова рассказала о ситуации.', [
        ('Заведующая терапевтическим отделением городской больницы № 5 Анна Белова', Official(None, 'заведующая терапевтическим отделением городской больницы № 5', Person(None, 'Анна', None, 'Белова'))),
    ]),
    # === 201. a party at law as the post's governed word ("адвокат потерпевшего", "защитник подсудимого"), before a client's name or the holder's
    ('Адвокат потерпевшего Виталия Рожкова Алексей Мартыненко ходатайствовал о назначении экспертизы.', [
        ('Адвокат потерпевшего Виталия Рожкова Алексей Мартыненко', Official(None, 'адвокат потерпевшего', Person(None, 'Алексей', None, 'Мартыненко'))),
    ]),
    ('Адвокат обвиняемого Иван Петров заявил о невиновности подзащитного.', [
        ('Адвокат обвиняемого Иван Петров', Official(None, 'адвокат обвиняемого', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('Защитник подсудимого Анна Белова попросила о снисхождении.', [
        ('Защитник подсудимого Анна Белова', Official(None, 'защитник подсудимого', Person(None, 'Анна', None, 'Белова'))),
    ]),
    ('Адвокат подозреваемого Олег Котов обжаловал арест.', [
        ('Адвокат подозреваемого Олег Котов', Official(None, 'адвокат подозреваемого', Person(None, 'Олег', None, 'Котов'))),
    ]),
    # === 202. a cleric's flock after the title ("Католикос всех армян", "всея Руси"); "наместник" of a monastery
    ('Католикос всех армян Гарегин II провёл обряд освящения мира.', [
        ('Католикос всех армян Гарегин II', Official(None, 'католикос всех армян', Person(None, 'Гарегин II', None, None))),
    ]),
    ('Патриарх всея Руси Кирилл провёл службу.', [
        ('Патриарх всея Руси Кирилл', Official(None, 'патриарх всея Руси', Person(None, 'Кирилл', None, None))),
    ]),
    ('Наместник Валаамского монастыря епископ Троицкий Панкратий встретил паломников.', [
        ('Наместник Валаамского монастыря епископ Троицкий Панкратий', Official(None, 'наместник', Person(None, 'Панкратий', None, None), organization='Валаамский монастырь')),
        ('епископ Троицкий Панкратий', Official(None, 'епископ', Person(None, 'Панкратий', None, None))),
    ]),
    ('Наместник монастыря игумен Иван Петров встретил паломников.', [
        ('Наместник монастыря игумен Иван Петров', Official(None, 'наместник монастыря', Person(None, 'Иван', None, 'Петров'))),
        ('игумен Иван Петров', Official(None, 'игумен', Person(None, 'Иван', None, 'Петров'))),
    ]),
    # === 203. "post — name, post — name": the second post is the next name's, not an apposition of the name before it
    ('Новый состав правительства: министр финансов — Антон Силуанов, министр обороны — Андрей Белоусов.', [
        ('министр финансов — Антон Силуанов', Official(None, 'министр финансов', Person(None, 'Антон', None, 'Силуанов'))),
        ('министр обороны — Андрей Белоусов', Official(None, 'министр обороны', Person(None, 'Андрей', None, 'Белоусов'))),
    ]),
    ('Кабинет сформирован: министр финансов — Антон Силуанов, министр обороны — Андрей Белоусов, министр юстиции — Константин Чуйченко.', [
        ('министр финансов — Антон Силуанов', Official(None, 'министр финансов', Person(None, 'Антон', None, 'Силуанов'))),
        ('министр обороны — Андрей Белоусов', Official(None, 'министр обороны', Person(None, 'Андрей', None, 'Белоусов'))),
        ('министр юстиции — Константин Чуйченко', Official(None, 'министр юстиции', Person(None, 'Константин', None, 'Чуйченко'))),
    ]),
    # === 204. a plural post, a colon, the list of its holders
    ('Выступили министры: Антон Силуанов и Максим Орешкин.', [
        ('министры: Антон Силуанов и Максим Орешкин', Official(None, 'министр', Person(None, 'Антон', None, 'Силуанов'))),
        ('министры: Антон Силуанов и Максим Орешкин', Official(None, 'министр', Person(None, 'Максим', None, 'Орешкин'))),
    ]),
    ('В феврале скончались бывшие руководители РУСАДА: Вячеслав Синев и Никита Камаев.', [
        ('бывшие руководители РУСАДА: Вячеслав Синев и Никита Камаев', Official(None, 'руководитель', Person(None, 'Вячеслав', None, 'Синев'), organization='РУСАДА')),
        ('бывшие руководители РУСАДА: Вячеслав Синев и Никита Камаев', Official(None, 'руководитель', Person(None, 'Никита', None, 'Камаев'), organization='РУСАДА')),
    ]),
    ('Среди гостей были вице-премьеры правительства: Андрей Белоусов, Дмитрий Чернышенко и Марат Хуснуллин.', [
        ('вице-премьеры правительства: Андрей Белоусов, Дмитрий Чернышенко и Марат Хуснуллин', Official(None, 'вице-премьер правительства', Person(None, 'Андрей', None, 'Белоусов'))),
        ('вице-премьеры правительства: Андрей Белоусов, Дмитрий Чернышенко и Марат Хуснуллин', Official(None, 'вице-премьер правительства', Person(None, 'Дмитрий', None, 'Чернышенко'))),
        ('вице-премьеры правительства: Андрей Белоусов, Дмитрий Чернышенко и Марат Хуснуллин', Official(None, 'вице-премьер правительства', Person(None, 'Марат', None, 'Хуснуллин'))),
    ]),
    # === 205. the one person the sentence before names as whose adviser or deputy is the referent of a post opening the next
    ('Военные арестовали около 1400 человек, включая высшего военного советника Эрдогана. Президент также назначил новое руководство армии.', [
        ('Эрдогана. Президент', Official(None, 'президент', Person(None, None, None, 'Эрдоган'))),
    ]),
    ('Обыски прошли у помощника Лукашенко. Президент назвал их провокацией.', [
        ('Лукашенко. Президент', Official(None, 'президент', Person(None, None, None, 'Лукашенко'))),
    ]),
    # === 206. a surname alone takes no first name of someone of the other gender (the past verb after it tells), and no name after a dash that is no name
    ('Хиллари Клинтон выступила в Нью-Йорке. Бывший президент Клинтон поддержал жену.', [
        ('Бывший президент Клинтон', Official(None, 'президент', Person(None, None, None, 'Клинтон'))),
    ]),
    ('Президент Франции Эммануэль Макрон прибыл в Берлин. Переговоры с президентом Макроном продлились два часа.', [
        ('Президент Франции Эммануэль Макрон', Official(None, 'президент', Person(None, 'Эммануэль', None, 'Макрон'), place='Франция')),
        ('президентом Макроном', Official(None, 'президент', Person(None, 'Эммануэль', None, 'Макрон'))),
    ]),
    ('Эльвира Набиуллина, председатель ЦБ — Ключевая ставка останется высокой.', [
        ('Эльвира Набиуллина, председатель ЦБ', Official(None, 'председатель', Person(None, 'Эльвира', None, 'Набиуллина'), organization='ЦБ')),
    ]),
    # === 207. a seat on a company's board ("член правления ВТБ") is a post; "член ЛДПР" alone is a membership
    ('Член правления ВТБ Дмитрий Пьянов уточнил детали сделки.', [
        ('Член правления ВТБ Дмитрий Пьянов', Official(None, 'член правления', Person(None, 'Дмитрий', None, 'Пьянов'), organization='ВТБ')),
    ]),
    ('Слово получил член совета директоров РЖД Иван Петров.', [
        ('член совета директоров РЖД Иван Петров', Official(None, 'член совета директоров', Person(None, 'Иван', None, 'Петров'), organization='РЖД')),
    ]),
    ('Выступление члена наблюдательного совета МТС Анны Котовой затянулось.', [
        ('члена наблюдательного совета МТС Анны Котовой', Official(None, 'член наблюдательного совета', Person(None, 'Анна', None, 'Котова'), organization='МТС')),
    ]),
    ('Премию вручили члену правления ФСК Олегу Сидорову.', [
        ('члену правления ФСК Олегу Сидорову', Official(None, 'член правления', Person(None, 'Олег', None, 'Сидоров'), organization='ФСК')),
    ]),
    ('Встреча с членом правления ЕЦБ Изабель Шнабель прошла в Берлине.', [
        ('членом правления ЕЦБ Изабель Шнабель', Official(None, 'член правления', Person(None, 'Изабель', None, 'Шнабель'), organization='ЕЦБ')),
    ]),
    # === 208. where a body is, as an adjective, before its abbreviation ("директор Курской АЭС", "главного врача Искитимской ЦРБ"); the abbreviation as written, the adjective in the nominative
    ('Директор Курской АЭС Александр Увакин рассказал о ремонте энергоблока.', [
        ('Директор Курской АЭС Александр Увакин', Official(None, 'директор', Person(None, 'Александр', None, 'Увакин'), organization='Курская АЭС')),
    ]),
    ('По словам главного врача Искитимской ЦРБ Андрея Петрова, врачей не хватает.', [
        ('главного врача Искитимской ЦРБ Андрея Петрова', Official(None, 'главный врач', Person(None, 'Андрей', None, 'Петров'), organization='Искитимская ЦРБ')),
    ]),
    ('Приказ подписал начальник Белгородского УФСБ Олег Смирнов.', [
        ('начальник Белгородского УФСБ Олег Смирнов', Official(None, 'начальник', Person(None, 'Олег', None, 'Смирнов'), organization='Белгородский УФСБ')),
    ]),
    ('С руководителем Новосибирского УФАС Иваном Ворониным встретились предприниматели.', [
        ('руководителем Новосибирского УФАС Иваном Ворониным', Official(None, 'руководитель', Person(None, 'Иван', None, 'Воронин'), organization='Новосибирский УФАС')),
    ]),
    ('О пуске агрегата сообщил директор Кемеровской ГРЭС Сергей Котов.', [
        ('директор Кемеровской ГРЭС Сергей Котов', Official(None, 'директор', Person(None, 'Сергей', None, 'Котов'), organization='Кемеровская ГРЭС')),
    ]),
    ('Совещание провела главный врач Тверской ОДКБ Ольга Лебедева.', [
        ('главный врач Тверской ОДКБ Ольга Лебедева', Official(None, 'главный врач', Person(None, 'Ольга', None, 'Лебедева'), organization='ОДКБ', place='Тверская')),
    ]),
    # === 209. a foreign first name the dictionary has only as a rare verb form ("Жиль", the imperative of "жилить")
    ('Тренер Жиль Сервара отметил, что его подопечный восстановился.', [
        ('Тренер Жиль Сервара', Official(None, 'тренер', Person(None, 'Жиль', None, 'Сервара'))),
    ]),
    ('Главный тренер клуба Жиль Гранже подал в отставку.', [
        ('Главный тренер клуба Жиль Гранже', Official(None, 'главный тренер клуба', Person(None, 'Жиль', None, 'Гранже'))),
    ]),
    ('Слово взял тренер сборной Франции Жиль Брюне.', [
        ('тренер сборной Франции Жиль Брюне', Official(None, 'тренер сборной', Person(None, 'Жиль', None, 'Брюне'), place='Франция')),
    ]),
    # === 210. the lawyer or representative of a family of a party at law ("адвокат семьи погибшего")
    ('Адвокат семьи погибшего Александр Добровинский назвал версию абсурдной.', [
        ('Адвокат семьи погибшего Александр Добровинский', Official(None, 'адвокат семьи погибшего', Person(None, 'Александр', None, 'Добровинский'))),
    ]),
    ('Представитель семей потерпевших Иван Петров потребовал нового расследования.', [
        ('Представитель семей потерпевших Иван Петров', Official(None, 'представитель семей потерпевших', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('Юрист семьи пострадавшего Анна Котова подала иск.', [
        ('Юрист семьи пострадавшего Анна Котова', Official(None, 'юрист семьи пострадавшего', Person(None, 'Анна', None, 'Котова'))),
    ]),
    # === 212. a topic after a body named by one word ("председатель комитета Госдумы по охране здоровья"): the post's, not the body's
    ('Председатель комитета Госдумы по охране здоровья Сергей Леонов поддержал инициативу.', [
        ('Председатель комитета Госдумы по охране здоровья Сергей Леонов', Official(None, 'председатель комитета', Person(None, 'Сергей', None, 'Леонов'), organization='Госдума')),
    ]),
    ('Заместитель главы МВД по вопросам миграции Иван Петров уточнил детали.', [
        ('Заместитель главы МВД по вопросам миграции Иван Петров', Official(None, 'заместитель главы', Person(None, 'Иван', None, 'Петров'), organization='МВД')),
    ]),
    ('С советником Минздрава по охране материнства Оксаной Драпкиной встретились врачи.', [
        ('советником Минздрава по охране материнства Оксаной Драпкиной', Official(None, 'советник', Person(None, 'Оксана', None, 'Драпкина'), organization='Минздрав')),
    ]),
    ('Об этом сообщил заместитель директора ФСБ по вопросам кадров Олег Смирнов.', [
        ('заместитель директора ФСБ по вопросам кадров Олег Смирнов', Official(None, 'заместитель директора', Person(None, 'Олег', None, 'Смирнов'), organization='ФСБ')),
    ]),
    # === 213. an adjectival head before a noun that agrees with it is one post ("управляющего партнёра", "управляющего директора")
    ('По словам управляющего партнера компании INFOLine Ивана Федякова, это так.', [
        ('управляющего партнера компании INFOLine Ивана Федякова', Official(None, 'управляющий партнер', Person(None, 'Иван', None, 'Федяков'), organization='INFOLine')),
    ]),
    ('По мнению управляющего директора рейтингового агентства НКР Михаила Доронкина, риски растут.', [
        ('управляющего директора рейтингового агентства НКР Михаила Доронкина', Official(None, 'управляющий директор', Person(None, 'Михаил', None, 'Доронкин'), organization='НКР')),
    ]),
    ('Управляющий директор банка Иван Петров подал в отставку.', [
        ('Управляющий директор банка Иван Петров', Official(None, 'управляющий директор банка', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('С управляющим партнером фонда Анной Котовой встретились инвесторы.', [
        ('управляющим партнером фонда Анной Котовой', Official(None, 'управляющий партнер фонда', Person(None, 'Анна', None, 'Котова'))),
    ]),
    # === 214. a gapped clause: an instrumental post, a dash for the verb left out, the holder ("министром иностранных дел — Дэвид Лэмми")
    ('Министром финансов в новом кабинете назначена Рейчел Ривз, министром иностранных дел — Дэвид Лэмми.', [
        ('Министром финансов в новом кабинете назначена Рейчел Ривз', Official(None, 'министр финансов', Person(None, 'Рейчел', None, 'Ривз'))),
        ('министром иностранных дел — Дэвид Лэмми', Official(None, 'министр иностранных дел', Person(None, 'Дэвид', None, 'Лэмми'))),
    ]),
    ('Министром обороны назначен Иван Петров, министром финансов — Сергей Сидоров.', [
        ('Министром обороны назначен Иван Петров', Official(None, 'министр обороны', Person(None, 'Иван', None, 'Петров'))),
        ('министром финансов — Сергей Сидоров', Official(None, 'министр финансов', Person(None, 'Сергей', None, 'Сидоров'))),
    ]),
    ('Председателем совета директоров стал Андрей Иванов, заместителями председателя — Ольга Смирнова и Петр Кузнецов.', [
        ('Председателем совета директоров стал Андрей Иванов', Official(None, 'председатель совета директоров', Person(None, 'Андрей', None, 'Иванов'))),
        ('заместителями председателя — Ольга Смирнова и Петр Кузнецов', Official(None, 'заместитель председателя', Person(None, 'Ольга', None, 'Смирнова'))),
        ('заместителями председателя — Ольга Смирнова и Петр Кузнецов', Official(None, 'заместитель председателя', Person(None, 'Петр', None, 'Кузнецов'))),
    ]),
    ('Губернатором избран Олег Котов, вице-губернатором — Анна Белова.', [
        ('Губернатором избран Олег Котов', Official(None, 'губернатор', Person(None, 'Олег', None, 'Котов'))),
        ('вице-губернатором — Анна Белова', Official(None, 'вице-губернатор', Person(None, 'Анна', None, 'Белова'))),
    ]),
    # === 215. a family-like word ("Хуан") before a Western given name or a word no East Asian syllables spell is a Western given name ("Хуан Суареш", "Хуан Мануэль Сантос"); East Asian names keep the family name first
    ('Наблюдатель от ОБСЕ Хуан Суареш сообщил об этом.', [
        ('Наблюдатель от ОБСЕ Хуан Суареш', Official(None, 'наблюдатель', Person(None, 'Хуан', None, 'Суареш'))),
    ]),
    ('Президент Колумбии Хуан Мануэль Сантос прибыл в Москву.', [
        ('Президент Колумбии Хуан Мануэль Сантос', Official(None, 'президент', Person(None, 'Хуан', None, 'Мануэль Сантос'), place='Колумбия')),
    ]),
    ('Встреча с министром Хуаном Гонсалесом прошла в Мадриде.', [
        ('министром Хуаном Гонсалесом', Official(None, 'министр', Person(None, 'Хуан', None, 'Гонсалес'))),
    ]),
    ('О визите посла Хуана Переса сообщили журналисты.', [
        ('посла Хуана Переса', Official(None, 'посол', Person(None, 'Хуан', None, 'Перес'))),
    ]),
    ('Председатель КНР Си Цзиньпин прибыл в Москву.', [
        ('Председатель КНР Си Цзиньпин', Official(None, 'председатель', Person(None, 'Цзиньпин', None, 'Си'), place='КНР')),
    ]),
    ('Генсек ЦК КПВ Нгуен Фу Чонг провёл переговоры.', [
        ('Генсек ЦК КПВ Нгуен Фу Чонг', Official(None, 'генсек', Person(None, 'Фу Чонг', None, 'Нгуен'), organization='ЦК КПВ')),
    ]),
    # === 216. a relative's noun ends the sentence before, and so names no one the post after it belongs to ("... с коллегами. Пресс-секретарь партии Омер Челик добавил")
    ('Министр проведет переговоры с коллегами. Пресс-секретарь правящей партии Омер Челик добавил, что позиция не изменится.', [
        ('Пресс-секретарь правящей партии Омер Челик', Official(None, 'пресс-секретарь правящей партии', Person(None, 'Омер', None, 'Челик'))),
    ]),
    ('Губернатор встретился с соперником. Глава избиркома области Анна Котова сообщила, что жалоб нет.', [
        ('Глава избиркома области Анна Котова', Official(None, 'глава избиркома области', Person(None, 'Анна', None, 'Котова'))),
    ]),
    ('Он приехал с сыном. Директор школы Иван Петров рассказал, что занятия начнутся в срок.', [
        ('Директор школы Иван Петров', Official(None, 'директор школы', Person(None, 'Иван', None, 'Петров'))),
    ]),
    # === 217. church titles: a see the dictionary has only as a surname ("митрополит Крутицкий и Коломенский Ювеналий"); a title and the name it goes with as whose post it is ("пресс-секретарь патриарха Кирилла Александр Волков"); a cleric by his name before the post he leaves ("митрополита Илариона от должности председателя"); a cleric's rank between post and name is a post of its own
    ('Богослужение совершили митрополит Крутицкий и Коломенский Ювеналий и епископ Звенигородский Антоний.', [
        ('митрополит Крутицкий и Коломенский Ювеналий', Official(None, 'митрополит', Person(None, 'Ювеналий', None, None))),
        ('епископ Звенигородский Антоний', Official(None, 'епископ', Person(None, 'Антоний', None, None))),
    ]),
    ('Встреча с митрополитом Крутицким и Коломенским Ювеналием прошла в Москве.', [
        ('митрополитом Крутицким и Коломенским Ювеналием', Official(None, 'митрополит', Person(None, 'Ювеналий', None, None))),
    ]),
    ('Как сообщил пресс-секретарь патриарха Кирилла Александр Волков, служба пройдет в храме.', [
        ('пресс-секретарь патриарха Кирилла Александр Волков', Official(None, 'пресс-секретарь', Person(None, 'Александр', None, 'Волков'))),
        ('патриарха Кирилла', Official(None, 'патриарх', Person(None, 'Кирилл', None, None))),
    ]),
    ('Советник короля Салмана Иван Котов прибыл в Москву.', [
        ('Советник короля Салмана Иван Котов', Official(None, 'советник', Person(None, 'Иван', None, 'Котов'))),
        ('короля Салмана', Official(None, 'король', Person(None, 'Салман', None, None))),
    ]),
    ('Священный синод освободил митрополита Илариона от должности председателя Отдела внешних церковных связей.', [
        ('митрополита Илариона от должности председателя Отдела внешних церковных связей', Official(None, 'председатель', Person(None, 'Иларион', None, None), organization='Отдел внешних церковных связей')),
        ('митрополита Илариона', Official(None, 'митрополит', Person(None, 'Иларион', None, None))),
    ]),
    ('Патриарху сослужили управляющий делами Московской патриархии митрополит Дионисий и архиепископ Алексий.', [
        ('управляющий делами Московской патриархии митрополит Дионисий', Official(None, 'управляющий делами', Person(None, 'Дионисий', None, None), organization='Московская патриархия')),
        ('митрополит Дионисий', Official(None, 'митрополит', Person(None, 'Дионисий', None, None))),
        ('архиепископ Алексий', Official(None, 'архиепископ', Person(None, 'Алексий', None, None))),
    ]),
    ('Председатель Отдела внешних церковных связей архиепископ Антоний прибыл в Белград.', [
        ('Председатель Отдела внешних церковных связей архиепископ Антоний', Official(None, 'председатель', Person(None, 'Антоний', None, None), organization='Отдел внешних церковных связей')),
        ('архиепископ Антоний', Official(None, 'архиепископ', Person(None, 'Антоний', None, None))),
    ]),
    # === 218. a pronoun after a long time phrase ("С 2000 года и до конца жизни он занимал пост ...") names the one person of the long sentence before; a holder named there by the surname alone takes the first name the text gives
    ('Скончался актёр Олег Табаков. В 1986—2000 годах Табаков был ректором Школы-студии МХАТ, а в 1987 году основал театр-студию, известную в народе как «Табакерка». С 2000 года и до конца жизни он занимал пост художественного руководителя МХТ имени Чехова.', [
        ('Табаков был ректором Школы-студии МХАТ, а в 1987 году основал театр-студию, известную в народе как «Табакерка». С 2000 года и до конца жизни он занимал пост художественного руководителя МХТ имени Чехова', Official(None, 'художественный руководитель', Person(None, 'Олег', None, 'Табаков'), organization='МХТ имени Чехова')),
        ('Табаков был ректором', Official(None, 'ректор', Person(None, 'Олег', None, 'Табаков'))),
    ]),
    ('Сергей Цивилёв стал заместителем губернатора Кемеровской области в начале марта 2018 года. До этого он четыре года был гендиректором «Колмара».', [
        ('Сергей Цивилёв стал заместителем губернатора Кемеровской области в начале марта 2018 года. До этого он четыре года был гендиректором «Колмара»', Official(None, 'гендиректор', Person(None, 'Сергей', None, 'Цивилёв'), organization='Колмара')),
        ('Сергей Цивилёв стал заместителем губернатора Кемеровской области', Official(None, 'заместитель губернатора', Person(None, 'Сергей', None, 'Цивилёв'), place='Кемеровская область')),
    ]),
    ('Анна Котова окончила университет в Томске и много лет работала в школе. В 2010 году и до самой пенсии она занимала пост директора гимназии.', [
        ('Анна Котова окончила университет в Томске и много лет работала в школе. В 2010 году и до самой пенсии она занимала пост директора гимназии', Official(None, 'директор гимназии', Person(None, 'Анна', None, 'Котова'))),
    ]),
    # === 219. a name, a time and a post read as one mention give way to the full name right after the post ("После отставки Попова в июне 1992 года президент Борис Ельцин"); a verb between keeps them ("Хаспел сменила на посту главы ЦРУ Майка Помпео")
    ('После отставки Попова в июне 1992 года президент Борис Ельцин назначил Лужкова мэром столицы.', [
        ('президент Борис Ельцин', Official(None, 'президент', Person(None, 'Борис', None, 'Ельцин'))),
        ('Лужкова мэром столицы', Official(None, 'мэр столицы', Person(None, None, None, 'Лужков'))),
    ]),
    ('После ухода Петрова в марте 2005 года губернатор Олег Котов назначил нового министра.', [
        ('губернатор Олег Котов', Official(None, 'губернатор', Person(None, 'Олег', None, 'Котов'))),
    ]),
    ('61-летняя Джина Хаспел сменила на посту главы ЦРУ Майка Помпео.', [
        ('Джина Хаспел сменила на посту главы ЦРУ', Official(None, 'глава', Person(None, 'Джина', None, 'Хаспел'), organization='ЦРУ')),
        ('главы ЦРУ Майка Помпео', Official(None, 'глава', Person(None, 'Майк', None, 'Помпео'), organization='ЦРУ')),
    ]),
    # === 220. "вместе с" joins someone else: the post before it is no other post of the name after ("вице-мэром Москвы вместе с мэром Гавриилом Поповым")
    ('В 1991 году он был избран вице-мэром Москвы вместе с мэром Гавриилом Поповым.', [
        ('мэром Гавриилом Поповым', Official(None, 'мэр', Person(None, 'Гавриил', None, 'Попов'))),
    ]),
    ('На встречу пришёл заместитель министра вместе с министром финансов Антоном Силуановым.', [
        ('министром финансов Антоном Силуановым', Official(None, 'министр финансов', Person(None, 'Антон', None, 'Силуанов'))),
    ]),
    # === 221. a pronoun opening a clause after a semicolon or a colon: the one person of its gender the clause before names, or the one person of the sentence before when the clause names none; a surname alone of someone named in full counts
    ('Кудрин сменил Татьяну Голикову, возглавлявшую Счётную палату с 2013 года; она стала вице-премьером по социальной политике.', [
        ('Татьяну Голикову, возглавлявшую Счётную палату с 2013 года; она стала вице-премьером по социальной политике', Official(None, 'вице-премьер по социальной политике', Person(None, 'Татьяна', None, 'Голикова'))),
    ]),
    ('Послом стал Джон Хантсман. Хантсман хорошо знаком с дипломатической работой: в 2005—2009 годах он был губернатором штата Юта.', [
        ('Послом стал Джон Хантсман', Official(None, 'посол', Person(None, 'Джон', None, 'Хантсман'))),
        ('Хантсман хорошо знаком с дипломатической работой: в 2005—2009 годах он был губернатором штата Юта', Official(None, 'губернатор', Person(None, 'Джон', None, 'Хантсман'), place='штат Юта')),
    ]),
    ('Совет назначил директором компании Ивана Петрова. Уроженец Самары работает в компании с 1992 года; в последнее время он занимал пост исполнительного вице-президента.', [
        ('директором компании Ивана Петрова', Official(None, 'директор компании', Person(None, 'Иван', None, 'Петров'))),
        ('Ивана Петрова. Уроженец Самары работает в компании с 1992 года; в последнее время он занимал пост исполнительного вице-президента', Official(None, 'исполнительный вице-президент', Person(None, 'Иван', None, 'Петров'))),
    ]),
    # === 222. "Им стал", "Ею назначена": the holder of the last post the sentence before names with no holder (not one sought at an election)
    ('Министр объявил о назначении нового директора Государственного музея изобразительных искусств имени А. С. Пушкина. Им стала Марина Лошак.', [
        ('директора Государственного музея изобразительных искусств имени А. С. Пушкина. Им стала Марина Лошак', Official(None, 'директор', Person(None, 'Марина', None, 'Лошак'), organization='Государственный музей изобразительных искусств имени А. С. Пушкина')),
    ]),
    ('Генеральный директор Большого театра Владимир Урин представил труппе нового музыкального руководителя. Им стал 36-летний Туган Сохиев.', [
        ('Генеральный директор Большого театра Владимир Урин', Official(None, 'генеральный директор', Person(None, 'Владимир', None, 'Урин'), organization='Большой театр')),
        ('нового музыкального руководителя. Им стал 36-летний Туган Сохиев', Official(None, 'музыкальный руководитель', Person(None, 'Туган', None, 'Сохиев'))),
    ]),
    ('Президент выбрал нового министра обороны. Им стал Иван Петров.', [
        ('нового министра обороны. Им стал Иван Петров', Official(None, 'министр обороны', Person(None, 'Иван', None, 'Петров'))),
    ]),
    # === 223. a parenthesis (", в частности,", ", в том числе,") between the copula and the holders of a plural post; a bare post opening a sentence is no post of a person the text gives only other, specific posts ("Путин ... Новый посол прибыл"), but is of one it gives the same or a generic one
    ('Вице-спикерами избраны, в частности, Ирина Яровая, Пётр Толстой и Сергей Неверов.', [
        ('Вице-спикерами избраны, в частности, Ирина Яровая, Пётр Толстой и Сергей Неверов', Official(None, 'вице-спикер', Person(None, 'Ирина', None, 'Яровая'))),
        ('Вице-спикерами избраны, в частности, Ирина Яровая, Пётр Толстой и Сергей Неверов', Official(None, 'вице-спикер', Person(None, 'Пётр', None, 'Толстой'))),
        ('Вице-спикерами избраны, в частности, Ирина Яровая, Пётр Толстой и Сергей Неверов', Official(None, 'вице-спикер', Person(None, 'Сергей', None, 'Неверов'))),
    ]),
    ('Заместителями министра назначены, в том числе, Анна Котова и Олег Зуев.', [
        ('Заместителями министра назначены, в том числе, Анна Котова и Олег Зуев', Official(None, 'заместитель министра', Person(None, 'Анна', None, 'Котова'))),
        ('Заместителями министра назначены, в том числе, Анна Котова и Олег Зуев', Official(None, 'заместитель министра', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    ('Хантсман вручил грамоты президенту России Владимиру Путину. Путин заявил, что Россия за стабильные отношения. Новый посол прибыл в Москву в период обострения.', [
        ('президенту России Владимиру Путину', Official(None, 'президент', Person(None, 'Владимир', None, 'Путин'), place='Россия')),
    ]),
    ('Премьер Израиля Биньямин Нетаньяху прибыл в Вашингтон. Нетаньяху встретился с сенаторами. Премьер также провёл переговоры с госсекретарём.', [
        ('Премьер Израиля Биньямин Нетаньяху', Official(None, 'премьер', Person(None, 'Биньямин', None, 'Нетаньяху'), place='Израиль')),
        ('Нетаньяху встретился с сенаторами. Премьер', Official(None, 'премьер', Person(None, 'Биньямин', None, 'Нетаньяху'))),
    ]),
    # === 224. a surname alone opening a sentence, a dash for the copula, a post in the nominative ("Гейм — профессор университета"); a participle describing the office taken ("заняла специально учреждённую должность")
    ('Премию получил Андрей Гейм. Гейм — профессор университета в Манчестере.', [
        ('Гейм — профессор университета в Манчестере', Official(None, 'профессор университета', Person(None, 'Андрей', None, 'Гейм'), place='Манчестер')),
    ]),
    ('Иван Петров занял специально созданную должность советника губернатора.', [
        ('Иван Петров занял специально созданную должность советника губернатора', Official(None, 'советник губернатора', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('Анна Котова заняла недавно учреждённую должность уполномоченного по правам ребёнка.', [
        ('Анна Котова заняла недавно учреждённую должность уполномоченного по правам ребёнка', Official(None, 'уполномоченный по правам ребёнка', Person(None, 'Анна', None, 'Котова'))),
    ]),
    # === 225. a hyphenated post is no dash between a name and a post ("Попова в июне 1992 года вице-премьер Борис Немцов"); an initial's full stop ends no sentence for a clause's pronoun
    ('После отставки Попова в июне 1992 года вице-премьер Борис Немцов назначил Петрова министром.', [
        ('вице-премьер Борис Немцов', Official(None, 'вице-премьер', Person(None, 'Борис', None, 'Немцов'))),
        ('Петрова министром', Official(None, 'министр', Person(None, None, None, 'Петров'))),
    ]),
    ('Анна Иванова встретилась с В. Петровым; она стала министром финансов.', [
        ('Анна Иванова встретилась с В. Петровым; она стала министром финансов', Official(None, 'министр финансов', Person(None, 'Анна', None, 'Иванова'))),
    ]),
    # === 226. whom a body is named after ("имени Губкина") is no one a pronoun in the next sentence stands for
    ('Лужков родился в 1936 году в Москве, окончил Институт нефтехимической и газовой промышленности имени Губкина. В 1987 году он стал первым заместителем председателя Мосгорисполкома.', [
        ('Лужков родился в 1936 году в Москве, окончил Институт нефтехимической и газовой промышленности имени Губкина. В 1987 году он стал первым заместителем председателя Мосгорисполкома', Official(None, 'первый заместитель председателя', Person(None, None, None, 'Лужков'), organization='Мосгорисполком')),
    ]),
    ('Петрова окончила университет имени Ломоносова. Позже она стала министром образования.', [
        ('Петрова окончила университет имени Ломоносова. Позже она стала министром образования', Official(None, 'министр образования', Person(None, None, None, 'Петров'))),
    ]),
    # === 227. East Asian family names as Singapore, Malaysia and Hong Kong spell them ("Нг Сер Мианг", "Вонг Кам Синг")
    ('Свои кандидатуры также выдвинули вице-президенты МОК Томас Бах (Германия) и Нг Сер Мианг (Сингапур).', [
        ('вице-президенты МОК Томас Бах (Германия) и Нг Сер Мианг (Сингапур)', Official(None, 'вице-президент', Person(None, 'Томас', None, 'Бах'), organization='МОК')),
        ('вице-президенты МОК Томас Бах (Германия) и Нг Сер Мианг (Сингапур)', Official(None, 'вице-президент', Person(None, 'Сер Мианг', None, 'Нг'), organization='МОК')),
    ]),
    ('Премьер Гонконга Вонг Кам Синг выступил.', [
        ('Премьер Гонконга Вонг Кам Синг', Official(None, 'премьер', Person(None, 'Кам Синг', None, 'Вонг'), place='Гонконг')),
    ]),
    ('Министр Онг Е Кунг прибыл в Москву.', [
        ('Министр Онг Е Кунг', Official(None, 'министр', Person(None, 'Е Кунг', None, 'Онг'))),
    ]),
    # group 228. a gerund or a noun of taking office opens the clause; its subject after the comma holds the post
    ('Будучи министром обороны, Сергей Иванов курировал оборонный заказ.', [
        ('Будучи министром обороны, Сергей Иванов', Official(None, 'министр обороны', Person(None, 'Сергей', None, 'Иванов'))),
    ]),
    ('Будучи губернатором Приморья, Олег Кожемяко открыл новый порт.', [
        ('Будучи губернатором Приморья, Олег Кожемяко', Official(None, 'губернатор', Person(None, 'Олег', None, 'Кожемяко'), place='Приморье')),
    ]),
    ('Ещё будучи мэром Казани, Ильсур Метшин предлагал этот проект.', [
        ('будучи мэром Казани, Ильсур Метшин', Official(None, 'мэр', Person(None, 'Ильсур', None, 'Метшин'), place='Казань')),
    ]),
    ('Став министром финансов, Антон Силуанов сократил расходы.', [
        ('Став министром финансов, Антон Силуанов', Official(None, 'министр финансов', Person(None, 'Антон', None, 'Силуанов'))),
    ]),
    ('Став председателем правления банка, Андрей Костин сменил стратегию.', [
        ('Став председателем правления банка, Андрей Костин', Official(None, 'председатель правления банка', Person(None, 'Андрей', None, 'Костин'))),
    ]),
    ('Оставаясь послом в Китае, Андрей Денисов участвовал в переговорах.', [
        ('Оставаясь послом в Китае, Андрей Денисов', Official(None, 'посол', Person(None, 'Андрей', None, 'Денисов'), place='Китай')),
    ]),
    ('Работая заместителем мэра, Анна Котова курировала транспорт.', [
        ('Работая заместителем мэра, Анна Котова', Official(None, 'заместитель мэра', Person(None, 'Анна', None, 'Котова'))),
    ]),
    ('Заняв пост министра здравоохранения, Михаил Мурашко изменил порядок закупок.', [
        ('Заняв пост министра здравоохранения, Михаил Мурашко', Official(None, 'министр здравоохранения', Person(None, 'Михаил', None, 'Мурашко'))),
    ]),
    ('Заняв должность ректора МГУ, Виктор Садовничий создал новые факультеты.', [
        ('Заняв должность ректора МГУ, Виктор Садовничий', Official(None, 'ректор', Person(None, 'Виктор', None, 'Садовничий'), organization='МГУ')),
    ]),
    ('Занимая пост председателя Счётной палаты, Алексей Кудрин критиковал бюджет.', [
        ('Занимая пост председателя Счётной палаты, Алексей Кудрин', Official(None, 'председатель', Person(None, 'Алексей', None, 'Кудрин'), organization='Счётная палата')),
    ]),
    ('Вступив в должность президента, Дональд Трамп подписал указ.', [
        ('Вступив в должность президента, Дональд Трамп', Official(None, 'президент', Person(None, 'Дональд', None, 'Трамп'))),
    ]),
    ('Вступив в должность губернатора, Глеб Никитин сменил правительство области.', [
        ('Вступив в должность губернатора, Глеб Никитин', Official(None, 'губернатор', Person(None, 'Глеб', None, 'Никитин'))),
    ]),
    ('Заступив на пост главы Минприроды, Александр Козлов начал проверки.', [
        ('Заступив на пост главы Минприроды, Александр Козлов', Official(None, 'глава', Person(None, 'Александр', None, 'Козлов'), organization='Минприроды')),
    ]),
    ('Вернувшись на пост премьер-министра, Синдзо Абэ провёл реформы.', [
        ('Вернувшись на пост премьер-министра, Синдзо Абэ', Official(None, 'премьер-министр', Person(None, 'Синдзо', None, 'Абэ'))),
    ]),
    ('После вступления в должность мэра Сергей Собянин начал реформу транспорта.', [
        ('После вступления в должность мэра Сергей Собянин', Official(None, 'мэр', Person(None, 'Сергей', None, 'Собянин'))),
    ]),
    ('Сразу после избрания на пост президента Эммануэль Макрон посетил Берлин.', [
        ('после избрания на пост президента Эммануэль Макрон', Official(None, 'президент', Person(None, 'Эммануэль', None, 'Макрон'))),
    ]),
    ('После назначения на должность министра Ольга Любимова встретилась с директорами театров.', [
        ('После назначения на должность министра Ольга Любимова', Official(None, 'министр', Person(None, 'Ольга', None, 'Любимова'))),
    ]),
    # group 229. a plural post, three region adjectives of one noun, three holders paired in order
    ('Губернаторы Свердловской, Челябинской и Тюменской областей Денис Паслер, Алексей Текслер и Александр Моор подписали соглашение.', [
        ('Губернаторы Свердловской, Челябинской и Тюменской областей Денис Паслер, Алексей Текслер и Александр Моор', Official(None, 'губернатор', Person(None, 'Денис', None, 'Паслер'), place='Свердловская область')),
        ('Губернаторы Свердловской, Челябинской и Тюменской областей Денис Паслер, Алексей Текслер и Александр Моор', Official(None, 'губернатор', Person(None, 'Алексей', None, 'Текслер'), place='Челябинская область')),
        ('Губернаторы Свердловской, Челябинской и Тюменской областей Денис Паслер, Алексей Текслер и Александр Моор', Official(None, 'губернатор', Person(None, 'Александр', None, 'Моор'), place='Тюменская область')),
    ]),
    ('Главы Курской, Белгородской и Брянской областей Александр Хинштейн, Вячеслав Гладков и Александр Богомаз провели совещание.', [
        ('Главы Курской, Белгородской и Брянской областей Александр Хинштейн, Вячеслав Гладков и Александр Богомаз', Official(None, 'глава', Person(None, 'Александр', None, 'Хинштейн'), place='Курская область')),
        ('Главы Курской, Белгородской и Брянской областей Александр Хинштейн, Вячеслав Гладков и Александр Богомаз', Official(None, 'глава', Person(None, 'Вячеслав', None, 'Гладков'), place='Белгородская область')),
        ('Главы Курской, Белгородской и Брянской областей Александр Хинштейн, Вячеслав Гладков и Александр Богомаз', Official(None, 'глава', Person(None, 'Александр', None, 'Богомаз'), place='Брянская область')),
    ]),
    ('Губернаторы Тульской и Калужской областей Дмитрий Миляев и Владислав Шапша встретились в Туле.', [
        ('Губернаторы Тульской и Калужской областей Дмитрий Миляев и Владислав Шапша', Official(None, 'губернатор', Person(None, 'Дмитрий', None, 'Миляев'), place='Тульская область')),
        ('Губернаторы Тульской и Калужской областей Дмитрий Миляев и Владислав Шапша', Official(None, 'губернатор', Person(None, 'Владислав', None, 'Шапша'), place='Калужская область')),
    ]),
    # group 230. the post left, then the verb of leaving it and who left
    ('Тем же указом от должности заместителя начальника главка освобождён Павел Кравченко.', [
        ('от должности заместителя начальника главка освобождён Павел Кравченко', Official(None, 'заместитель начальника главка', Person(None, 'Павел', None, 'Кравченко'))),
    ]),
    ('От должности министра здравоохранения освобождён Олег Котов.', [
        ('От должности министра здравоохранения освобождён Олег Котов', Official(None, 'министр здравоохранения', Person(None, 'Олег', None, 'Котов'))),
    ]),
    ('С поста губернатора был снят Иван Петров.', [
        ('С поста губернатора был снят Иван Петров', Official(None, 'губернатор', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('С поста главы района ушёл Сергей Орлов.', [
        ('С поста главы района ушёл Сергей Орлов', Official(None, 'глава района', Person(None, 'Сергей', None, 'Орлов'))),
    ]),
    ('С должности ректора университета досрочно уволен Андрей Смирнов.', [
        ('С должности ректора университета досрочно уволен Андрей Смирнов', Official(None, 'ректор университета', Person(None, 'Андрей', None, 'Смирнов'))),
    ]),
    # group 231. a topic of relations: whose, then with whom ("Церкви с обществом", "с общественностью и СМИ"); "Церковь" capitalized as a generic body
    ('Председатель Синодального отдела по взаимоотношениям Церкви с обществом Владимир Легойда заявил об этом журналистам.', [
        ('Председатель Синодального отдела по взаимоотношениям Церкви с обществом Владимир Легойда', Official(None, 'председатель', Person(None, 'Владимир', None, 'Легойда'), organization='Синодальный отдел')),
    ]),
    ('Заместитель министра по связям с общественностью и СМИ Иван Петров выступил на брифинге.', [
        ('Заместитель министра по связям с общественностью и СМИ Иван Петров', Official(None, 'заместитель министра по связям с общественностью и СМИ', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('Начальник управления по связям с общественностью и СМИ ГУ МВД Анна Котова сообщила о задержании.', [
        ('Начальник управления по связям с общественностью и СМИ ГУ МВД Анна Котова', Official(None, 'начальник управления по связям с общественностью и СМИ', Person(None, 'Анна', None, 'Котова'), organization='ГУ МВД')),
    ]),
    ('Советник губернатора по связям с Церковью Олег Зуев принял участие в совещании.', [
        ('Советник губернатора по связям с Церковью Олег Зуев', Official(None, 'советник губернатора по связям с церковью', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    ('Председатель отдела по взаимоотношениям Церкви и общества Владимир Легойда прокомментировал законопроект.', [
        ('Председатель отдела по взаимоотношениям Церкви и общества Владимир Легойда', Official(None, 'председатель отдела по взаимоотношениям церкви и общества', Person(None, 'Владимир', None, 'Легойда'))),
    ]),
    # group 232. "Управление делами": the instrumental is part of the body's name
    ('Замглавы Управления делами президента Игорь Мартынов уточнил сроки работ.', [
        ('Замглавы Управления делами президента Игорь Мартынов', Official(None, 'замглавы', Person(None, 'Игорь', None, 'Мартынов'), organization='Управление делами президента')),
    ]),
    ('Начальник Управления делами губернатора Анна Котова сообщила о ремонте.', [
        ('Начальник Управления делами губернатора Анна Котова', Official(None, 'начальник', Person(None, 'Анна', None, 'Котова'), organization='Управление делами губернатора')),
    ]),
    ('Директор департамента Управления делами президента Олег Зуев подписал приказ.', [
        ('Директор департамента Управления делами президента Олег Зуев', Official(None, 'директор департамента', Person(None, 'Олег', None, 'Зуев'), organization='Управление делами президента')),
    ]),
    # group 233. an affiliation hyphenated to the head, then the constituency, then the holder
    ('Сенатор-республиканец от Техаса Тед Круз выступил против законопроекта.', [
        ('Сенатор-республиканец от Техаса Тед Круз', Official(None, 'сенатор', Person(None, 'Тед', None, 'Круз'))),
    ]),
    ('Конгрессмен-демократ от Калифорнии Адам Шифф потребовал расследования.', [
        ('Конгрессмен-демократ от Калифорнии Адам Шифф', Official(None, 'конгрессмен', Person(None, 'Адам', None, 'Шифф'))),
    ]),
    ('Депутат-единоросс от Тверской области Иван Петров предложил поправку.', [
        ('Депутат-единоросс от Тверской области Иван Петров', Official(None, 'депутат', Person(None, 'Иван', None, 'Петров'))),
    ]),
    # group 234. a name, a dash, the age, then "бывший" and the post
    ('Кувватов обвинял Эмомали Рахмона — 62-летнего бывшего директора совхоза.', [
        ('Эмомали Рахмона — 62-летнего бывшего директора совхоза', Official(None, 'директор совхоза', Person(None, 'Эмомали', None, 'Рахмон'))),
    ]),
    ('Иван Петров — 45-летний бывший вице-мэр Твери.', [
        ('Иван Петров — 45-летний бывший вице-мэр Твери', Official(None, 'вице-мэр', Person(None, 'Иван', None, 'Петров'), place='Тверь')),
    ]),
    ('Оппозиция поддержала Анну Котову — 50-летнюю бывшую главу района.', [
        ('Анну Котову — 50-летнюю бывшую главу района', Official(None, 'глава района', Person(None, 'Анна', None, 'Котова'))),
    ]),
    # group 235. a compound adjective describing the kind of body goes whole to the organization; an ordinal with a soft sign ("третьим") put into the nominative
    ('Марина Лошак занимала должность художественного директора музейно-выставочного объединения «Манеж».', [
        ('Марина Лошак занимала должность художественного директора музейно-выставочного объединения «Манеж»', Official(None, 'художественный директор', Person(None, 'Марина', None, 'Лошак'), organization='Манеж')),
    ]),
    ('Руководитель литературно-творческого клуба «Парус» Владислав Пастухов выступил.', [
        ('Руководитель литературно-творческого клуба «Парус» Владислав Пастухов', Official(None, 'руководитель', Person(None, 'Владислав', None, 'Пастухов'), organization='Парус')),
    ]),
    ('Наделла стал третьим руководителем компании почти за сорок лет.', [
        ('Наделла стал третьим руководителем компании', Official(None, 'третий руководитель компании', Person(None, None, None, 'Наделла'))),
    ]),
    ('С третьим заместителем министра Иваном Петровым встретились.', [
        ('третьим заместителем министра Иваном Петровым', Official(None, 'третий заместитель министра', Person(None, 'Иван', None, 'Петров'))),
    ]),
    # group 236. "день" in a circumstance (also the imperative of "деть"); the verb of dismissal, the post left, who left it; two adjectives of one topic noun
    ('Губернатором в день выборов был назначен Сергей Цивилёв.', [
        ('Губернатором в день выборов был назначен Сергей Цивилёв', Official(None, 'губернатор', Person(None, 'Сергей', None, 'Цивилёв'))),
    ]),
    ('Врио губернатора в тот же день был назначен Сергей Цивилёв.', [
        ('Врио губернатора в тот же день был назначен Сергей Цивилёв', Official(None, 'врио губернатора', Person(None, 'Сергей', None, 'Цивилёв'))),
    ]),
    ('В тот же день был освобождён от должности председателя Комитета национальной безопасности Карим Масимов.', [
        ('был освобождён от должности председателя Комитета национальной безопасности Карим Масимов', Official(None, 'председатель', Person(None, 'Карим', None, 'Масимов'), organization='Комитет национальной безопасности')),
    ]),
    ('Освобождён от должности заместителя министра Иван Петров.', [
        ('Освобождён от должности заместителя министра Иван Петров', Official(None, 'заместитель министра', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('Уволен с поста губернатора Иван Петров.', [
        ('Уволен с поста губернатора Иван Петров', Official(None, 'губернатор', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('По словам проректора ТГУ по научной и инновационной деятельности Ирины Соболевой, программа важна.', [
        ('проректора ТГУ по научной и инновационной деятельности Ирины Соболевой', Official(None, 'проректор', Person(None, 'Ирина', None, 'Соболева'), organization='ТГУ')),
    ]),
    ('Заместитель губернатора по внутренней и информационной политике Олег Зуев заявил об этом.', [
        ('Заместитель губернатора по внутренней и информационной политике Олег Зуев', Official(None, 'заместитель губернатора по внутренней и информационной политике', Person(None, 'Олег', None, 'Зуев'))),
    ]),
    ('Проректор по научной и инновационной деятельности Ирина Соболева выступила.', [
        ('Проректор по научной и инновационной деятельности Ирина Соболева', Official(None, 'проректор по научной и инновационной деятельности', Person(None, 'Ирина', None, 'Соболева'))),
    ]),
    # 236. an adjective of age opens no name
    ('Шестидесятивосьмилетняя Руссефф, экономист по образованию, заявила о заговоре.', [
        ('Руссефф, экономист по образованию', Official(None, 'экономист по образованию', Person(None, None, None, 'Руссефф'))),
    ]),
    # group 237. "Президиум" is a body
    ('Председатель Президиума Верховного Совета СССР Михаил Горбачёв выступил с докладом.', [
        ('Председатель Президиума Верховного Совета СССР Михаил Горбачёв', Official(None, 'председатель', Person(None, 'Михаил', None, 'Горбачёв'), organization='Президиум Верховного Совета', place='СССР')),
    ]),
    ('Член Президиума РАН Иван Петров выступил на заседании.', [
        ('Член Президиума РАН Иван Петров', Official(None, 'член', Person(None, 'Иван', None, 'Петров'), organization='Президиум РАН')),
    ]),
    ('В делегацию вошёл председатель Президиума Верховного народного собрания КНДР Ким Ён Нам.', [
        ('председатель Президиума Верховного народного собрания КНДР Ким Ён Нам', Official(None, 'председатель', Person(None, 'Ён Нам', None, 'Ким'), organization='Президиум Верховного народного собрания', place='КНДР')),
    ]),
    # group 238. a capitalized adjective of where the body is among the others ("Национального исследовательского Томского государственного университета")
    ('Ректор Национального исследовательского Томского государственного университета Эдуард Галажинский выступил на форуме.', [
        ('Ректор Национального исследовательского Томского государственного университета Эдуард Галажинский', Official(None, 'ректор', Person(None, 'Эдуард', None, 'Галажинский'), organization='Национальный исследовательский Томский государственный университет')),
    ]),
    ('Ректор Первого Московского государственного медицинского университета Пётр Глыбочко выступил на форуме.', [
        ('Ректор Первого Московского государственного медицинского университета Пётр Глыбочко', Official(None, 'ректор', Person(None, 'Пётр', None, 'Глыбочко'), organization='Первый Московский государственный медицинский университет')),
    ]),
    ('Ректор Национального исследовательского Томского политехнического университета Дмитрий Седнев выступил на форуме.', [
        ('Ректор Национального исследовательского Томского политехнического университета Дмитрий Седнев', Official(None, 'ректор', Person(None, 'Дмитрий', None, 'Седнев'), organization='Национальный исследовательский Томский политехнический университет')),
    ]),
    # group 239. "Федерации" is no compound body's name ("Правительства Российской Федерации"); a lower-case compound adjective in a body's name
    ('Председатель Правительства Российской Федерации Михаил Мишустин провёл совещание.', [
        ('Председатель Правительства Российской Федерации Михаил Мишустин', Official(None, 'председатель', Person(None, 'Михаил', None, 'Мишустин'), organization='Правительство Российской Федерации')),
    ]),
    ('Заместитель председателя Правительства Российской Федерации Татьяна Голикова выступила.', [
        ('Заместитель председателя Правительства Российской Федерации Татьяна Голикова', Official(None, 'заместитель председателя', Person(None, 'Татьяна', None, 'Голикова'), organization='Правительство Российской Федерации')),
    ]),
    ('Руководитель Федерального медико-биологического агентства Вероника Скворцова выступила на брифинге.', [
        ('Руководитель Федерального медико-биологического агентства Вероника Скворцова', Official(None, 'руководитель', Person(None, 'Вероника', None, 'Скворцова'), organization='Федеральное медико-биологическое агентство')),
    ]),
    ('Директор Центрального научно-исследовательского института Иван Петров выступил на брифинге.', [
        ('Директор Центрального научно-исследовательского института Иван Петров', Official(None, 'директор', Person(None, 'Иван', None, 'Петров'), organization='Центральный научно-исследовательский институт')),
    ]),
    # group 240. a woman's given name the dictionary reads only as a man's oblique case ("Камала", "Кая"), before a surname in a consonant
    ('Об этом заявила вице-президент США Камала Харрис.', [
        ('вице-президент США Камала Харрис', Official(None, 'вице-президент', Person(None, 'Камала', None, 'Харрис'), place='США')),
    ]),
    ('Он встретился с вице-президентом США Камалой Харрис.', [
        ('вице-президентом США Камалой Харрис', Official(None, 'вице-президент', Person(None, 'Камала', None, 'Харрис'), place='США')),
    ]),
    ('По словам главы европейской дипломатии Каи Каллас, санкции продлят.', [
        ('главы европейской дипломатии Каи Каллас', Official(None, 'глава европейской дипломатии', Person(None, 'Кая', None, 'Каллас'))),
    ]),
    ('Глава европейской дипломатии Кая Каллас прибыла в Киев.', [
        ('Глава европейской дипломатии Кая Каллас', Official(None, 'глава европейской дипломатии', Person(None, 'Кая', None, 'Каллас'))),
    ]),
    ('Министр культуры Ива Шмидт открыла выставку.', [
        ('Министр культуры Ива Шмидт', Official(None, 'министр культуры', Person(None, 'Ива', None, 'Шмидт'))),
    ]),
    ('Посол Швеции Кая Линдгрен вручила верительные грамоты.', [
        ('Посол Швеции Кая Линдгрен', Official(None, 'посол', Person(None, 'Кая', None, 'Линдгрен'), place='Швеция')),
    ]),
    ('Председатель комиссии Камала Дэвис подписала отчёт.', [
        ('Председатель комиссии Камала Дэвис', Official(None, 'председатель комиссии', Person(None, 'Камала', None, 'Дэвис'))),
    ]),
    ('Он встретился с послом Швеции Каей Линдгрен.', [
        ('послом Швеции Каей Линдгрен', Official(None, 'посол', Person(None, 'Кая', None, 'Линдгрен'), place='Швеция')),
    ]),
    # group 241. a dash with spaces ends a name: "Николая Патрушева - Андрей"
    ('Младший сын бывшего руководителя ФСБ Николая Патрушева - Андрей - назначен на новый пост.', [
        ('бывшего руководителя ФСБ Николая Патрушева', Official(None, 'руководитель', Person(None, 'Николай', None, 'Патрушев'), organization='ФСБ')),
    ]),
    ('Дочь бывшего мэра Ивана Петрова - Анна - возглавила фонд.', [
        ('бывшего мэра Ивана Петрова', Official(None, 'мэр', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('Брат губернатора Олега Смирнова - Пётр - открыл компанию.', [
        ('губернатора Олега Смирнова', Official(None, 'губернатор', Person(None, 'Олег', None, 'Смирнов'))),
    ]),
    # group 242. bodies named "система", "кенеш", "маслихат", "сейм", "дикастерия" ("Федеральной резервной системы")
    ('Председатель Федеральной резервной системы США Джером Пауэлл заявил, что регулятор не спешит.', [
        ('Председатель Федеральной резервной системы США Джером Пауэлл', Official(None, 'председатель', Person(None, 'Джером', None, 'Пауэлл'), organization='Федеральная резервная система', place='США')),
    ]),
    ('Глава Единой энергетической системы Иван Петров заявил.', [
        ('Глава Единой энергетической системы Иван Петров', Official(None, 'глава', Person(None, 'Иван', None, 'Петров'), organization='Единая энергетическая система')),
    ]),
    ('Слово предоставили депутату Бишкекского городского кенеша Динаре Асановой.', [
        ('депутату Бишкекского городского кенеша Динаре Асановой', Official(None, 'депутат', Person(None, 'Динара', None, 'Асанова'), organization='Бишкекский городской кенеш')),
    ]),
    ('Депутат маслихата Алматы Иван Петров заявил.', [
        ('Депутат маслихата Алматы Иван Петров', Official(None, 'депутат маслихата', Person(None, 'Иван', None, 'Петров'), place='Алматы')),
    ]),
    ('Маршал Сейма Польши Шимон Головня заявил.', [
        ('Маршал Сейма Польши Шимон Головня', Official(None, 'маршал', Person(None, 'Шимон', None, 'Головня'), organization='Сейм Польши')),
    ]),
    ('В ней участвовал префект Дикастерии по содействию единству христиан кардинал Курт Кох.', [
        ('префект Дикастерии по содействию единству христиан кардинал Курт Кох', Official(None, 'префект', Person(None, 'Курт', None, 'Кох'), organization='Дикастерий по содействию единству')),
        ('кардинал Курт Кох', Official(None, 'кардинал', Person(None, 'Курт', None, 'Кох'))),
    ]),
    # group 243. a first name spelled as a place ("Урал") before a surname that declines, in the nominative
    ('Выступил президент Башкирии Урал Рахимов.', [
        ('президент Башкирии Урал Рахимов', Official(None, 'президент', Person(None, 'Урал', None, 'Рахимов'), place='Башкирия')),
    ]),
    # group 244. a given name the dictionary has only as a woman's that does not decline ("Эммануэль"): the verb after it tells the gender
    ('Эммануэль Макрон прибыл в Берлин. Позже президент Макрон заявил о поддержке.', [
        ('президент Макрон', Official(None, 'президент', Person(None, 'Эммануэль', None, 'Макрон'))),
    ]),
    ('Эммануэль Макрон прибыл в Берлин. Президент Франции Макрон заявил о поддержке.', [
        ('Президент Франции Макрон', Official(None, 'президент', Person(None, 'Эммануэль', None, 'Макрон'), place='Франция')),
    ]),
    # group 245. a country's genitive that is also a given name ("Израиля") before a surname that does not decline: the country, if pymorphy2 finds it one more often
    ('Заявил премьер Израиля Нетаньяху.', [
        ('премьер Израиля Нетаньяху', Official(None, 'премьер', Person(None, None, None, 'Нетаньяху'), place='Израиль')),
    ]),
    ('Слова премьера Израиля Нетаньяху.', [
        ('премьера Израиля Нетаньяху', Official(None, 'премьер', Person(None, None, None, 'Нетаньяху'), place='Израиль')),
    ]),
    ('Встреча с премьером Израиля Нетаньяху.', [
        ('премьером Израиля Нетаньяху', Official(None, 'премьер', Person(None, None, None, 'Нетаньяху'), place='Израиль')),
    ]),
    ('Слова президента Сальвадора Альенде.', [
        ('президента Сальвадора Альенде', Official(None, 'президент', Person(None, 'Сальвадор', None, 'Альенде'))),
    ]),
    # group 246. after a post that does not decline, a name whose known words do not decline shows its case by the surname ("Эндрю Коллинзу")
    ('В тот же день военному атташе посольства Великобритании Эндрю Коллинзу была вручена нота протеста.', [
        ('военному атташе посольства Великобритании Эндрю Коллинзу', Official(None, 'военный атташе посольства', Person(None, 'Эндрю', None, 'Коллинз'), place='Великобритания')),
    ]),
    ('Ноту вручили атташе Эндрю Коллинзу.', [
        ('атташе Эндрю Коллинзу', Official(None, 'атташе', Person(None, 'Эндрю', None, 'Коллинз'))),
    ]),
    # group 247. a district, then a lower-case noun for the place named before ("района столицы"); a settlement named by an adjective before a known first name
    ('Глава Первомайского района столицы Эрмек Садыков сообщил.', [
        ('Глава Первомайского района столицы Эрмек Садыков', Official(None, 'глава', Person(None, 'Эрмек', None, 'Садыков'), place='Первомайский район столицы')),
    ]),
    ('Глава Ленинского района города Иван Петров сообщил.', [
        ('Глава Ленинского района города Иван Петров', Official(None, 'глава', Person(None, 'Иван', None, 'Петров'), place='Ленинский район города')),
    ]),
    ('Глава посёлка Светлый Иван Петров пояснил.', [
        ('Глава посёлка Светлый Иван Петров', Official(None, 'глава', Person(None, 'Иван', None, 'Петров'), place='Светлый')),
    ]),
    ('Глава города Светлый Иван Петров пояснил.', [
        ('Глава города Светлый Иван Петров', Official(None, 'глава', Person(None, 'Иван', None, 'Петров'), place='Светлый')),
    ]),
    # group 248. a body's name in its own language in brackets; a Latin name of five words
    ('Депутат Государственного собрания (Ил Тумэн) Прокопий Васильев заявил.', [
        ('Депутат Государственного собрания (Ил Тумэн) Прокопий Васильев', Official(None, 'депутат', Person(None, 'Прокопий', None, 'Васильев'), organization='Государственное собрание')),
    ]),
    ('Глава China Merchants Port Holdings Иван Петров заявил.', [
        ('Глава China Merchants Port Holdings Иван Петров', Official(None, 'глава', Person(None, 'Иван', None, 'Петров'), organization='China Merchants Port Holdings')),
    ]),
    # group 249. "высший" before a post; a field named by its abbreviation after "и" ("строительства и ЖКХ"); a post opening the next sentence, its verb of the holder's gender
    ('Об этом заявил высший руководитель страны Ким Чен Ын.', [
        ('высший руководитель страны Ким Чен Ын', Official(None, 'высший руководитель страны', Person(None, 'Чен Ын', None, 'Ким'))),
    ]),
    ('Совещание провёл министр строительства и ЖКХ Михаил Мень.', [
        ('министр строительства и ЖКХ Михаил Мень', Official(None, 'министр строительства и ЖКХ', Person(None, 'Михаил', None, 'Мень'))),
    ]),
    ('Вчера Ангела Меркель отдыхала в Альпах. Канцлер также назначила министров.', [
        ('Ангела Меркель отдыхала в Альпах. Канцлер', Official(None, 'канцлер', Person(None, 'Ангела', None, 'Меркель'))),
    ]),
    ('Глава ЦИК Михаил Охендовский сообщил об итогах. Глава миссии наблюдателей заявила о нарушениях.', [
        ('Глава ЦИК Михаил Охендовский', Official(None, 'глава', Person(None, 'Михаил', None, 'Охендовский'), organization='ЦИК')),
    ]),
    # group 250. a double surname after an initial declines in its last part ("Т.Риис-Йохансона")
    ('Слова министра Т. Риис-Йохансона.', [
        ('министра Т. Риис-Йохансона', Official(None, 'министр', Person(None, 'Т.', None, 'Риис-Йохансон'))),
    ]),
    ('Преемником Т.Риис-Йохансона на посту министра энергетики станет норвежец.', [
        ('Т.Риис-Йохансона на посту министра энергетики', Official(None, 'министр энергетики', Person(None, 'Т.', None, 'Риис-Йохансон'))),
    ]),
    # group 251. "исполнявший обязанности" is named in the present; a post "в правительстве" of the next post's holder is not that holder's; "на этом посту" refers to no post held before ("ранее занимавшую пост")
    ('Собянин, исполнявший обязанности мэра после досрочной отставки, поблагодарил москвичей.', [
        ('Собянин, исполнявший обязанности мэра', Official(None, 'исполняющий обязанности мэра', Person(None, None, None, 'Собянин'))),
    ]),
    ('Выступил временно исполнявший обязанности губернатора Иван Петров.', [
        ('временно исполнявший обязанности губернатора Иван Петров', Official(None, 'временно исполняющий обязанности губернатора', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('Он был министром экономики в правительстве премьер-министра Мануэля Вальса.', [
        ('премьер-министра Мануэля Вальса', Official(None, 'премьер-министр', Person(None, 'Мануэль', None, 'Вальс'))),
    ]),
    ('Совет директоров назначил новым генеральным директором компании Марину Ли, ранее занимавшую пост директора филиала. На этом посту она сменит Дмитрия Осипенко-Старых, который уходит в «Ростелеком».', [
        ('новым генеральным директором компании Марину Ли, ранее занимавшую пост директора филиала. На этом посту она сменит Дмитрия Осипенко-Старых', Official(None, 'генеральный директор компании', Person(None, 'Дмитрий', None, 'Осипенко-Старых'))),
        ('новым генеральным директором компании Марину Ли', Official(None, 'генеральный директор компании', Person(None, 'Марина', None, 'Ли'))),
        ('Марину Ли, ранее занимавшую пост директора филиала', Official(None, 'директор филиала', Person(None, 'Марина', None, 'Ли'))),
    ]),
    # group 252. a candidacy approved ("утвердил кандидатуру X на должность Y"): its holder takes the post
    ('Совет Федерации утвердил кандидатуру Игоря Ткачева на должность заместителя генерального прокурора России.', [
        ('Игоря Ткачева на должность заместителя генерального прокурора России', Official(None, 'заместитель генерального прокурора', Person(None, 'Игорь', None, 'Ткачев'), place='Россия')),
    ]),
    ('Госдума утвердила кандидатуру Михаила Мишустина на пост председателя правительства.', [
        ('Михаила Мишустина на пост председателя правительства', Official(None, 'председатель правительства', Person(None, 'Михаил', None, 'Мишустин'))),
    ]),
    # group 253. a second post after ", а ещё раньше —", ", а затем —", ", а до этого —": the verb left out
    ('До назначения Ткачев работал прокурором Ростовской области, а еще раньше — первым заместителем прокурора Краснодарского края.', [
        ('Ткачев работал прокурором Ростовской области, а еще раньше — первым заместителем прокурора Краснодарского края', Official(None, 'первый заместитель прокурора', Person(None, None, None, 'Ткачев'), place='Краснодарский край')),
        ('Ткачев работал прокурором Ростовской области, а еще раньше — первым заместителем прокурора Краснодарского края', Official(None, 'прокурор', Person(None, None, None, 'Ткачев'), place='Ростовская область')),
    ]),
    ('Иван Петров был министром финансов, а затем — вице-премьером.', [
        ('Иван Петров был министром финансов, а затем — вице-премьером', Official(None, 'вице-премьер', Person(None, 'Иван', None, 'Петров'))),
        ('Иван Петров был министром финансов, а затем — вице-премьером', Official(None, 'министр финансов', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('Иван Петров работал директором завода, а до этого — главным инженером.', [
        ('Иван Петров работал директором завода, а до этого — главным инженером', Official(None, 'главный инженер', Person(None, 'Иван', None, 'Петров'))),
        ('Иван Петров работал директором завода, а до этого — главным инженером', Official(None, 'директор завода', Person(None, 'Иван', None, 'Петров'))),
    ]),
    # --- an instrumental after a post that governs none is another post: "Приказом ректора новым деканом ... назначен"
    ('Приказом ректора новым деканом факультета назначен Олег Рябов.', [
        ('деканом факультета назначен Олег Рябов', Official(None, 'декан факультета', Person(None, 'Олег', None, 'Рябов'))),
    ]),
    ('Указом губернатора министром здравоохранения области назначена Ирина Лыкова.', [
        ('министром здравоохранения области назначена Ирина Лыкова', Official(None, 'министр здравоохранения области', Person(None, 'Ирина', None, 'Лыкова'))),
    ]),
    ('Решением совета директоров новым генеральным директором завода назначен Павел Орехов.', [
        ('генеральным директором завода назначен Павел Орехов', Official(None, 'генеральный директор завода', Person(None, 'Павел', None, 'Орехов'))),
    ]),
    ('Распоряжением мэра первым заместителем главы администрации назначен Денис Курочкин.', [
        ('первым заместителем главы администрации назначен Денис Курочкин', Official(None, 'первый заместитель главы администрации', Person(None, 'Денис', None, 'Курочкин'))),
    ]),
    # --- a man's given names in "-у" stay as written when the surname shows a case they would not be in
    ('Визит министра экономики Бразилии Паулу Гедеса завершился.', [
        ('министра экономики Бразилии Паулу Гедеса', Official(None, 'министр экономики', Person(None, 'Паулу', None, 'Гедес'), place='Бразилия')),
    ]),
    ('Переговоры с президентом Португалии Марселу Ребелу ди Соузой прошли в Лиссабоне.', [
        ('президентом Португалии Марселу Ребелу ди Соузой', Official(None, 'президент', Person(None, 'Марселу', 'Ребелу', 'ди Соуза'), place='Португалия')),
    ]),
    ('Заявление министра финансов Португалии Педру Нуну Сантуша прозвучало вчера.', [
        ('министра финансов Португалии Педру Нуну Сантуша', Official(None, 'министр финансов', Person(None, 'Педру', None, 'Нуну Сантуш'), place='Португалия')),
    ]),
    ('Сигэру Исиба — премьер-министр Японии.', [
        ('Сигэру Исиба — премьер-министр Японии', Official(None, 'премьер-министр', Person(None, 'Сигэру', None, 'Исиба'), place='Япония')),
    ]),
    # --- a head with "ё" spelled with "е"; kinds of director in business and culture
    ('Главный дирижер оркестра Тимур Галиев выступил.', [
        ('Главный дирижер оркестра Тимур Галиев', Official(None, 'главный дирижер оркестра', Person(None, 'Тимур', None, 'Галиев'))),
    ]),
    ('Главным дирижером театра назначен Илья Ганеев.', [
        ('Главным дирижером театра назначен Илья Ганеев', Official(None, 'главный дирижер театра', Person(None, 'Илья', None, 'Ганеев'))),
    ]),
    ('Программный директор фестиваля Ситора Назарова представила конкурс.', [
        ('Программный директор фестиваля Ситора Назарова', Official(None, 'программный директор фестиваля', Person(None, 'Ситора', None, 'Назарова'))),
    ]),
    ('Независимым директором избрана Марина Шин.', [
        ('Независимым директором избрана Марина Шин', Official(None, 'независимый директор', Person(None, 'Марина', None, 'Шин'))),
    ]),
    ('Медицинский директор клиники Олег Зотов рассказал о проекте.', [
        ('Медицинский директор клиники Олег Зотов', Official(None, 'медицинский директор клиники', Person(None, 'Олег', None, 'Зотов'))),
    ]),
    # --- a plural post over several holders: the genitive plural after it is each one's body in the singular
    ('Председатели правительств России и Белоруссии Андрей Северцев и Виктор Ермолович подписали соглашение.', [
        ('Председатели правительств России и Белоруссии Андрей Северцев и Виктор Ермолович', Official(None, 'председатель правительства', Person(None, 'Андрей', None, 'Северцев'), place='Россия')),
        ('Председатели правительств России и Белоруссии Андрей Северцев и Виктор Ермолович', Official(None, 'председатель правительства', Person(None, 'Виктор', None, 'Ермолович'), place='Белоруссия')),
    ]),
    ('Мэры городов Олег Зотов и Иван Лыков встретились.', [
        ('Мэры городов Олег Зотов и Иван Лыков', Official(None, 'мэр города', Person(None, 'Олег', None, 'Зотов'))),
        ('Мэры городов Олег Зотов и Иван Лыков', Official(None, 'мэр города', Person(None, 'Иван', None, 'Лыков'))),
    ]),
    ('Главы администраций Ольга Серова и Анна Бычкова выступили.', [
        ('Главы администраций Ольга Серова и Анна Бычкова', Official(None, 'глава администрации', Person(None, 'Ольга', None, 'Серова'))),
        ('Главы администраций Ольга Серова и Анна Бычкова', Official(None, 'глава администрации', Person(None, 'Анна', None, 'Бычкова'))),
    ]),
    # --- a surname in an adjective's plural does not decline ("Долгих", "Черных")
    ('Вадим Долгих был первым заместителем директора завода.', [
        ('Вадим Долгих был первым заместителем директора завода', Official(None, 'первый заместитель директора завода', Person(None, 'Вадим', None, 'Долгих'))),
    ]),
    ('Ольга Черных стала министром культуры области.', [
        ('Ольга Черных стала министром культуры области', Official(None, 'министр культуры области', Person(None, 'Ольга', None, 'Черных'))),
    ]),
    ('Министром культуры области стала Ольга Черных.', [
        ('Министром культуры области стала Ольга Черных', Official(None, 'министр культуры области', Person(None, 'Ольга', None, 'Черных'))),
    ]),
    # --- a surname alone, an age between commas, then the verb that ties it to the post
    ('Сергей Травин избран президентом федерации. Травин, 58 лет, был генеральным директором клуба.', [
        ('Сергей Травин избран президентом федерации', Official(None, 'президент федерации', Person(None, 'Сергей', None, 'Травин'))),
        ('Травин, 58 лет, был генеральным директором клуба', Official(None, 'генеральный директор клуба', Person(None, 'Сергей', None, 'Травин'))),
    ]),
    ('Вадим Петров назначен председателем. Петров, 52 года, ранее работал директором завода.', [
        ('Вадим Петров назначен председателем', Official(None, 'председатель', Person(None, 'Вадим', None, 'Петров'))),
        ('Петров, 52 года, ранее работал директором завода', Official(None, 'директор завода', Person(None, 'Вадим', None, 'Петров'))),
    ]),
    # --- after the clause of its subject, a gerund that takes a post: "став", "заняв пост"
    ('Сергей Гринько сложил полномочия, став вице-губернатором Белгородской области.', [
        ('Сергей Гринько сложил полномочия, став вице-губернатором Белгородской области', Official(None, 'вице-губернатор', Person(None, 'Сергей', None, 'Гринько'), place='Белгородская область')),
    ]),
    ('Сергей Гринько покинул парламент, заняв пост вице-губернатора области.', [
        ('Сергей Гринько покинул парламент, заняв пост вице-губернатора области', Official(None, 'вице-губернатор области', Person(None, 'Сергей', None, 'Гринько'))),
    ]),
    ('Анна Котова ушла из мэрии, став заместителем министра культуры.', [
        ('Анна Котова ушла из мэрии, став заместителем министра культуры', Official(None, 'заместитель министра культуры', Person(None, 'Анна', None, 'Котова'))),
    ]),
    # --- "партнёр" a post only with a rank: "управляющий партнёр", "старший партнёр"
    ('Управляющий партнёр фонда Ирина Лаптева выступила.', [
        ('Управляющий партнёр фонда Ирина Лаптева', Official(None, 'управляющий партнёр фонда', Person(None, 'Ирина', None, 'Лаптева'))),
    ]),
    ('По словам управляющего партнёра компании Олега Зотова, сделка закрыта.', [
        ('управляющего партнёра компании Олега Зотова', Official(None, 'управляющий партнёр компании', Person(None, 'Олег', None, 'Зотов'))),
    ]),
    ('Старший партнёр фирмы Андрей Никонов выступил.', [
        ('Старший партнёр фирмы Андрей Никонов', Official(None, 'старший партнёр фирмы', Person(None, 'Андрей', None, 'Никонов'))),
    ]),
    # --- two posts one holds, joined by a dash, in the genitive after a deputy's or an adviser's post
    ('Заместитель президента — председателя правления банка Дмитрий Пьянов выступил.', [
        ('Заместитель президента — председателя правления банка Дмитрий Пьянов', Official(None, 'заместитель президента — председателя правления банка', Person(None, 'Дмитрий', None, 'Пьянов'))),
    ]),
    ('Советник губернатора — председателя правительства области Олег Зотов выступил.', [
        ('Советник губернатора — председателя правительства области Олег Зотов', Official(None, 'советник губернатора — председателя правительства области', Person(None, 'Олег', None, 'Зотов'))),
    ]),
    # --- a surname alone before a verb in the past takes the verb's gender
    ('До прихода в компанию Ланской занимал пост вице-президента.', [
        ('Ланской занимал пост вице-президента', Official(None, 'вице-президент', Person(None, None, None, 'Ланской'))),
    ]),
    ('Ранее Белоусова почти три года занимала пост вице-губернатора.', [
        ('Белоусова почти три года занимала пост вице-губернатора', Official(None, 'вице-губернатор', Person(None, None, None, 'Белоусова'))),
    ]),
    # --- every part of a name in the case and gender of the first name's reading
    ('Сабиров сменил на посту худрука Евгения Миронова-Лазарева.', [
        ('на посту худрука Евгения Миронова-Лазарева', Official(None, 'худрук', Person(None, 'Евгений', None, 'Миронов-Лазарев'))),
    ]),
    # --- a body named after someone with initials, then the holder
    ('Выступил директор школы имени А. С. Пушкина Олег Зотов.', [
        ('директор школы имени А. С. Пушкина Олег Зотов', Official(None, 'директор школы имени А. С. Пушкина', Person(None, 'Олег', None, 'Зотов'))),
    ]),
    # --- a venue named by the place it stands on or after someone without "имени": "Театр на Таганке", "Театр Вахтангова"
    ('Об этом сообщил директор Большого московского цирка на Вернадского Эдгард Запашный.', [
        ('директор Большого московского цирка на Вернадского Эдгард Запашный', Official(None, 'директор', Person(None, 'Эдгард', None, 'Запашный'), organization='Большой московский цирк на Вернадского')),
    ]),
    ('Об этом сообщил художественный руководитель Театра на Таганке Денис Щербина.', [
        ('художественный руководитель Театра на Таганке Денис Щербина', Official(None, 'художественный руководитель', Person(None, 'Денис', None, 'Щербина'), organization='Театр на Таганке')),
    ]),
    ('Контракт с художественным руководителем Театра на Таганке Денисом Щербиной продлён.', [
        ('художественным руководителем Театра на Таганке Денисом Щербиной', Official(None, 'художественный руководитель', Person(None, 'Денис', None, 'Щербина'), organization='Театр на Таганке')),
    ]),
    ('Директор Театра Вахтангова Кирилл Крок выступил.', [
        ('Директор Театра Вахтангова Кирилл Крок', Official(None, 'директор', Person(None, 'Кирилл', None, 'Крок'), organization='Театр Вахтангова')),
    ]),
    # --- long chains: a body attached to another of a place ("при прокуратуре РФ"), then a region; dealings with someone after their genitives
    ('Выступил руководитель следственного комитета при прокуратуре РФ Эдуард Абдуллин.', [
        ('руководитель следственного комитета при прокуратуре РФ Эдуард Абдуллин', Official(None, 'руководитель следственного комитета', Person(None, 'Эдуард', None, 'Абдуллин'), place='РФ')),
    ]),
    ('Выступил старший помощник руководителя следственного управления следственного комитета при прокуратуре РФ по Татарстану Эдуард Абдуллин.', [
        ('старший помощник руководителя следственного управления следственного комитета при прокуратуре РФ по Татарстану Эдуард Абдуллин', Official(None, 'старший помощник руководителя следственного управления следственного комитета', Person(None, 'Эдуард', None, 'Абдуллин'), place='РФ')),
    ]),
    ('Выступил председатель комиссии при правительстве Москвы Игорь Лыков.', [
        ('председатель комиссии при правительстве Москвы Игорь Лыков', Official(None, 'председатель комиссии', Person(None, 'Игорь', None, 'Лыков'), place='Москва')),
    ]),
    ('Выступил спецпредставитель президента по вопросам сотрудничества со странами СНГ Виктор Черномырдин.', [
        ('спецпредставитель президента по вопросам сотрудничества со странами СНГ Виктор Черномырдин', Official(None, 'спецпредставитель президента по вопросам сотрудничества со странами', Person(None, 'Виктор', None, 'Черномырдин'), organization='СНГ')),
    ]),
    ('Соболезнования родным спецпредставителя главы государства по вопросам экономического сотрудничества с государствами-участниками СНГ Виктора Черномырдина.', [
        ('спецпредставителя главы государства по вопросам экономического сотрудничества с государствами-участниками СНГ Виктора Черномырдина', Official(None, 'спецпредставитель главы государства по вопросам экономического сотрудничества с государствами-участниками', Person(None, 'Виктор', None, 'Черномырдин'), organization='СНГ')),
    ]),
    # === a woman's word of a calling, made as the language makes it ("солистка", "корреспондентка")
    ('На сцену вышла солистка Большого театра Ольга Смирнова.', [
        ('солистка Большого театра Ольга Смирнова', Official(None, 'солистка', Person(None, 'Ольга', None, 'Смирнова'), organization='Большой театр')),
    ]),
    ('Об этом рассказала корреспондентка «Коммерсанта» Елена Черненко.', [
        ('корреспондентка «Коммерсанта» Елена Черненко', Official(None, 'корреспондентка', Person(None, 'Елена', None, 'Черненко'), organization='Коммерсант')),
    ]),
    ('Интервью взяла журналистка радиостанции «Эхо» Марина Королёва.', [
        ('журналистка радиостанции «Эхо» Марина Королёва', Official(None, 'журналистка', Person(None, 'Марина', None, 'Королёва'), organization='Эхо')),
    ]),
    ('Программу поддержала депутатка бундестага Сара Вагенкнехт.', [
        ('депутатка бундестага Сара Вагенкнехт', Official(None, 'депутатка бундестага', Person(None, 'Сара', None, 'Вагенкнехт'))),
    ]),
    # === a calling with its adjective, then "и" and the post: the calling no post of its own
    ('Ирина Лыкова — известная журналистка и главный редактор журнала «Итоги».', [
        ('Ирина Лыкова — известная журналистка и главный редактор журнала «Итоги»', Official(None, 'главный редактор', Person(None, 'Ирина', None, 'Лыкова'), organization='Итоги')),
    ]),
    ('Олег Сомов — опытный аналитик и директор департамента банка.', [
        ('Олег Сомов — опытный аналитик и директор департамента банка', Official(None, 'директор департамента банка', Person(None, 'Олег', None, 'Сомов'))),
    ]),
    # === the officers of a contest hold a post; its leader none (see NEGATIVE)
    ('Главный арбитр турнира Сергей Карасёв назвал судейство честным.', [
        ('Главный арбитр турнира Сергей Карасёв', Official(None, 'главный арбитр турнира', Person(None, 'Сергей', None, 'Карасёв'))),
    ]),
    ('Директором гонки назначен Никола Томас.', [
        ('Директором гонки назначен Никола Томас', Official(None, 'директор гонки', Person(None, 'Никола', None, 'Томас'))),
    ]),
    ('С президентом чемпионата Олегом Котовым встретились журналисты.', [
        ('президентом чемпионата Олегом Котовым', Official(None, 'президент чемпионата', Person(None, 'Олег', None, 'Котов'))),
    ]),
    ('Главный судья соревнований Анна Рябова подвела итоги.', [
        ('Главный судья соревнований Анна Рябова', Official(None, 'главный судья соревнований', Person(None, 'Анна', None, 'Рябова'))),
    ]),
    # === a topic's second genitive after "и" is no calling joined to the post
    ('Депутаты избрали председателем комитета по вопросам законности и правопорядка Ашота Саркисяна.', [
        ('председателем комитета по вопросам законности и правопорядка Ашота Саркисяна', Official(None, 'председатель комитета по вопросам законности и правопорядка', Person(None, 'Ашот', None, 'Саркисян'))),
    ]),
    ('Председателем комиссии по делам молодёжи и спорта избрали Игоря Котова.', [
        ('Председателем комиссии по делам молодёжи и спорта избрали Игоря Котова', Official(None, 'председатель комиссии по делам молодёжи и спорта', Person(None, 'Игорь', None, 'Котов'))),
    ]),
    # === a post in the genitive after another post's head is that post's word, not a post of the name
    ('Заместителем начальника Генерального штаба стал генерал-майор Сергей Рыжков.', [
        ('Заместителем начальника Генерального штаба стал генерал-майор Сергей Рыжков', Official(None, 'генерал-майор', Person(None, 'Сергей', None, 'Рыжков'))),
        ('Заместителем начальника Генерального штаба стал генерал-майор Сергей Рыжков', Official(None, 'заместитель начальника', Person(None, 'Сергей', None, 'Рыжков'), organization='Генеральный штаб')),
    ]),
    ('Заместителем директора департамента назначена Анна Лыкова.', [
        ('Заместителем директора департамента назначена Анна Лыкова', Official(None, 'заместитель директора департамента', Person(None, 'Анна', None, 'Лыкова'))),
    ]),
    ('Помощником руководителя администрации стал Олег Сомов.', [
        ('Помощником руководителя администрации стал Олег Сомов', Official(None, 'помощник руководителя администрации', Person(None, 'Олег', None, 'Сомов'))),
    ]),
    # === a priest's rank; the Kyrgyz speaker
    ('Настоятелем храма назначен иерей Максим Лапшин.', [
        ('Настоятелем храма назначен иерей Максим Лапшин', Official(None, 'иерей', Person(None, 'Максим', None, 'Лапшин'))),
        ('Настоятелем храма назначен иерей Максим Лапшин', Official(None, 'настоятель храма', Person(None, 'Максим', None, 'Лапшин'))),
    ]),
    ('Депутаты избрали торагой парламента Азамата Турдубаева.', [
        ('торагой парламента Азамата Турдубаева', Official(None, 'торага парламента', Person(None, 'Азамат', None, 'Турдубаев'))),
    ]),
    # === the region of a post and more of the world after "и"
    ('Специальный представитель президента по Ближнему Востоку и странам Африки Алексей Грибов прибыл в Каир.', [
        ('Специальный представитель президента по Ближнему Востоку и странам Африки Алексей Грибов', Official(None, 'специальный представитель президента', Person(None, 'Алексей', None, 'Грибов'), place='Ближний Восток')),
    ]),
    ('Заявление сделал спецпосланник ООН по Сирии и странам региона Гейр Педерсен.', [
        ('спецпосланник ООН по Сирии и странам региона Гейр Педерсен', Official(None, 'спецпосланник', Person(None, 'Гейр', None, 'Педерсен'), organization='ООН', place='Сирия')),
    ]),
    # === a post, a comma, then callings, the first with its adjective, before the name
    ('Его приняла глава департамента Google, знаменитый изобретатель и футуролог Рэй Курцвейл.', [
        ('глава департамента Google, знаменитый изобретатель и футуролог Рэй Курцвейл', Official(None, 'глава департамента', Person(None, 'Рэй', None, 'Курцвейл'), organization='Google')),
    ]),
    ('Выставку открыл директор Эрмитажа, известный востоковед и историк Михаил Пиотровский.', [
        ('директор Эрмитажа, известный востоковед и историк Михаил Пиотровский', Official(None, 'директор', Person(None, 'Михаил', None, 'Пиотровский'), organization='Эрмитаж')),
    ]),
    # === a theatre's chief director and chief designer: posts with their rank only (a bare "режиссёр" is a calling)
    ('Главный режиссёр театра «Глобус» Ксения Ветлугина рассказала о премьере.', [
        ('Главный режиссёр театра «Глобус» Ксения Ветлугина', Official(None, 'главный режиссёр', Person(None, 'Ксения', None, 'Ветлугина'), organization='Глобус')),
    ]),
    ('Главным художником МХТ назначена Дарья Бурова.', [
        ('Главным художником МХТ назначена Дарья Бурова', Official(None, 'главный художник', Person(None, 'Дарья', None, 'Бурова'), organization='МХТ')),
    ]),
    # === "от имени" is "on behalf of": the post after it is no eponym; a topic word that is also a calling ("политике") is no calling joined to the post
    ('В заявлении, распространённом от имени верховного представителя ЕС по иностранным делам Каи Каллас, говорится о прекращении огня.', [
        ('верховного представителя ЕС по иностранным делам Каи Каллас', Official(None, 'верховный представитель', Person(None, 'Кая', None, 'Каллас'), organization='ЕС')),
    ]),
    ('Заявление от имени генерального секретаря ООН Антониу Гутерриша зачитал его заместитель.', [
        ('генерального секретаря ООН Антониу Гутерриша', Official(None, 'генеральный секретарь', Person(None, 'Антониу', None, 'Гутерриш'), organization='ООН')),
    ]),
    ('На брифинге выступили верховный представитель ЕС по иностранным делам и политике безопасности Федерика Могерини и министр Иван Петров.', [
        ('верховный представитель ЕС по иностранным делам и политике безопасности Федерика Могерини', Official(None, 'верховный представитель', Person(None, 'Федерика', None, 'Могерини'), organization='ЕС')),
        ('министр Иван Петров', Official(None, 'министр', Person(None, 'Иван', None, 'Петров'))),
    ]),
    # === "один из" with a copula: one of the holders of a plural post, before or after the verb
    ('Одним из заместителей министра назначен Иван Петров.', [
        ('Одним из заместителей министра назначен Иван Петров', Official(None, 'заместитель министра', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('Иван Петров стал одним из вице-президентов банка.', [
        ('Иван Петров стал одним из вице-президентов банка', Official(None, 'вице-президент банка', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('Анна Лыкова является одной из совладелиц компании.', [
        ('Анна Лыкова является одной из совладелиц компании', Official(None, 'совладелица компании', Person(None, 'Анна', None, 'Лыкова'))),
    ]),
    ('Одной из заместительниц мэра стала Анна Ли.', [
        ('Одной из заместительниц мэра стала Анна Ли', Official(None, 'заместительница мэра', Person(None, 'Анна', None, 'Ли'))),
    ]),
    # === a Latin body where the holder stays or works, between the verb and the office
    ('Стив Джобс остался в Apple на должности председателя совета директоров.', [
        ('Стив Джобс остался в Apple на должности председателя совета директоров', Official(None, 'председатель совета директоров', Person(None, 'Стив', None, 'Джобс'))),
    ]),
    ('Сундар Пичаи работает в Google на посту генерального директора.', [
        ('Сундар Пичаи работает в Google на посту генерального директора', Official(None, 'генеральный директор', Person(None, 'Сундар', None, 'Пичаи'))),
    ]),
    # === a plural post taken by a copula before a list of holders of another plural post: both posts each holder's
    ('Заместителями председателя партии избраны депутаты Госдумы Марина Яхина и Олег Крутов.', [
        ('Заместителями председателя партии избраны депутаты Госдумы Марина Яхина и Олег Крутов', Official(None, 'депутат', Person(None, 'Марина', None, 'Яхина'), organization='Госдума')),
        ('Заместителями председателя партии избраны депутаты Госдумы Марина Яхина и Олег Крутов', Official(None, 'заместитель председателя партии', Person(None, 'Марина', None, 'Яхина'))),
        ('Заместителями председателя партии избраны депутаты Госдумы Марина Яхина и Олег Крутов', Official(None, 'депутат', Person(None, 'Олег', None, 'Крутов'), organization='Госдума')),
        ('Заместителями председателя партии избраны депутаты Госдумы Марина Яхина и Олег Крутов', Official(None, 'заместитель председателя партии', Person(None, 'Олег', None, 'Крутов'))),
    ]),
    ('Членами совета директоров стали профессора МГУ Анна Ли и Олег Котов.', [
        ('Членами совета директоров стали профессора МГУ Анна Ли и Олег Котов', Official(None, 'профессор', Person(None, 'Анна', None, 'Ли'), organization='МГУ')),
        ('Членами совета директоров стали профессора МГУ Анна Ли и Олег Котов', Official(None, 'член совета директоров', Person(None, 'Анна', None, 'Ли'))),
        ('Членами совета директоров стали профессора МГУ Анна Ли и Олег Котов', Official(None, 'профессор', Person(None, 'Олег', None, 'Котов'), organization='МГУ')),
        ('Членами совета директоров стали профессора МГУ Анна Ли и Олег Котов', Official(None, 'член совета директоров', Person(None, 'Олег', None, 'Котов'))),
    ]),
    ('Советниками губернатора назначены бывшие министры Иван Петров и Олег Котов.', [
        ('Советниками губернатора назначены бывшие министры Иван Петров и Олег Котов', Official(None, 'министр', Person(None, 'Иван', None, 'Петров'))),
        ('Советниками губернатора назначены бывшие министры Иван Петров и Олег Котов', Official(None, 'советник губернатора', Person(None, 'Иван', None, 'Петров'))),
        ('Советниками губернатора назначены бывшие министры Иван Петров и Олег Котов', Official(None, 'министр', Person(None, 'Олег', None, 'Котов'))),
        ('Советниками губернатора назначены бывшие министры Иван Петров и Олег Котов', Official(None, 'советник губернатора', Person(None, 'Олег', None, 'Котов'))),
    ]),
    # === a calling with its body's name in quotes or Latin, then "и" and the post
    ('Сергей Галицкий, основатель ритейлера «Магнит» и владелец футбольного клуба «Краснодар», открыл корпус академии.', [
        ('Сергей Галицкий, основатель ритейлера «Магнит» и владелец футбольного клуба «Краснодар»', Official(None, 'владелец', Person(None, 'Сергей', None, 'Галицкий'), organization='Краснодар')),
    ]),
    ('Павел Дуров, основатель мессенджера Telegram и генеральный директор компании, заявил.', [
        ('Павел Дуров, основатель мессенджера Telegram и генеральный директор компании', Official(None, 'генеральный директор компании', Person(None, 'Павел', None, 'Дуров'))),
    ]),
    ('Анна Ли — создательница бренда «Ромашка» и директор фабрики.', [
        ('Анна Ли — создательница бренда «Ромашка» и директор фабрики', Official(None, 'директор фабрики', Person(None, 'Анна', None, 'Ли'))),
    ]),
    # === "этот пост" / "эту должность" held by the name after "занимал": the post a fact before names
    ('Пресс-атташе правительства назначен Азамат Тхагапсоев; этот пост с 2021 года занимал Руслан Шогенов.', [
        ('Пресс-атташе правительства назначен Азамат Тхагапсоев; этот пост с 2021 года занимал Руслан Шогенов', Official(None, 'пресс-атташе правительства', Person(None, 'Руслан', None, 'Шогенов'))),
        ('Пресс-атташе правительства назначен Азамат Тхагапсоев', Official(None, 'пресс-атташе правительства', Person(None, 'Азамат', None, 'Тхагапсоев'))),
    ]),
    ('Министром финансов назначен Иван Петров. Ранее этот пост занимал Олег Котов.', [
        ('Министром финансов назначен Иван Петров. Ранее этот пост занимал Олег Котов', Official(None, 'министр финансов', Person(None, 'Олег', None, 'Котов'))),
        ('Министром финансов назначен Иван Петров', Official(None, 'министр финансов', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('Директором музея назначена Анна Ли. До неё эту должность занимала Ирина Котова.', [
        ('Директором музея назначена Анна Ли. До неё эту должность занимала Ирина Котова', Official(None, 'директор музея', Person(None, 'Ирина', None, 'Котова'))),
        ('Директором музея назначена Анна Ли', Official(None, 'директор музея', Person(None, 'Анна', None, 'Ли'))),
    ]),
    # === a word of address before the surname is neither a name nor a word of the post
    ('Министр финансов господин Петров заявил о дефиците бюджета.', [
        ('Министр финансов господин Петров', Official(None, 'министр финансов', Person(None, None, None, 'Петров'))),
    ]),
    ('По словам министра финансов господина Петрова, бюджет сбалансирован.', [
        ('министра финансов господина Петрова', Official(None, 'министр финансов', Person(None, None, None, 'Петров'))),
    ]),
    ('Господин Петров назначен министром финансов.', [
        ('Петров назначен министром финансов', Official(None, 'министр финансов', Person(None, None, None, 'Петров'))),
    ]),
    # === the name read as the other gender's than the dictionary's namesake; a double first name declined in both parts; a given name unknown to the dictionary before a Russian surname's dative
    ('Британскую делегацию возглавил лидер лейбористов Кир Стармер.', [
        ('лидер лейбористов Кир Стармер', Official(None, 'лидер лейбористов', Person(None, 'Кир', None, 'Стармер'))),
    ]),
    ('Журналисты спросили об этом премьер-министра Великобритании Кира Стармера.', [
        ('премьер-министра Великобритании Кира Стармера', Official(None, 'премьер-министр', Person(None, 'Кир', None, 'Стармер'), place='Великобритания')),
    ]),
    ('Письмо направлено главе правительства Киру Стармеру.', [
        ('главе правительства Киру Стармеру', Official(None, 'глава правительства', Person(None, 'Кир', None, 'Стармер'))),
    ]),
    ('Визит премьера Кира Стармера перенесли на весну.', [
        ('премьера Кира Стармера', Official(None, 'премьер', Person(None, 'Кир', None, 'Стармер'))),
    ]),
    ('Верховного представителя ЕС Каю Каллас пригласили на саммит.', [
        ('Верховного представителя ЕС Каю Каллас', Official(None, 'верховный представитель', Person(None, 'Кая', None, 'Каллас'), organization='ЕС')),
    ]),
    ('Ответ был адресован главе европейской дипломатии Кае Каллас.', [
        ('главе европейской дипломатии Кае Каллас', Official(None, 'глава европейской дипломатии', Person(None, 'Кая', None, 'Каллас'))),
    ]),
    ('Переговоры прошли с участием президента Казахстана Касыма-Жомарта Токаева.', [
        ('президента Казахстана Касыма-Жомарта Токаева', Official(None, 'президент', Person(None, 'Касым-Жомарт', None, 'Токаев'), place='Казахстан')),
    ]),
    ('Телеграмма направлена президенту Туркмении Сердару Бердымухамедову.', [
        ('президенту Туркмении Сердару Бердымухамедову', Official(None, 'президент', Person(None, 'Сердар', None, 'Бердымухамедов'), place='Туркмения')),
    ]),
    ('Министру обороны Шавкату Садыкову вручили орден.', [
        ('Министру обороны Шавкату Садыкову', Official(None, 'министр обороны', Person(None, 'Шавкат', None, 'Садыков'))),
    ]),
    ('Как сообщил шериф округа Эд Гонзалес, задержанных двое.', [
        ('шериф округа Эд Гонзалес', Official(None, 'шериф округа', Person(None, 'Эд', None, 'Гонзалес'))),
    ]),
    ('Ответ направили шерифу Эду Гонзалесу.', [
        ('шерифу Эду Гонзалесу', Official(None, 'шериф', Person(None, 'Эд', None, 'Гонзалес'))),
    ]),
    # === two topics after a body named by one word; a church's dedication; a nuncio; assistants; "сменил на посту" with the post named before; the one elected at elections
    ('Как пояснил председатель комитета Совфеда по экономической политике и природопользованию Олег Мельниченко, закон вступит в силу осенью.', [
        ('председатель комитета Совфеда по экономической политике и природопользованию Олег Мельниченко', Official(None, 'председатель комитета', Person(None, 'Олег', None, 'Мельниченко'), organization='Совфед')),
    ]),
    ('Заместитель председателя комитета Мосгордумы по образованию и науке Ирина Белых провела приём граждан.', [
        ('Заместитель председателя комитета Мосгордумы по образованию и науке Ирина Белых', Official(None, 'заместитель председателя комитета', Person(None, 'Ирина', None, 'Белых'), organization='Мосгордума')),
    ]),
    ('Член комитета Госдумы по бюджету и налогам Андрей Макаров выступил против поправок.', [
        ('Член комитета Госдумы по бюджету и налогам Андрей Макаров', Official(None, 'член комитета', Person(None, 'Андрей', None, 'Макаров'), organization='Госдума')),
    ]),
    ('Настоятель храма Казанской иконы Божией Матери протоиерей Андрей Орлов освятил колокола.', [
        ('Настоятель храма Казанской иконы Божией Матери протоиерей Андрей Орлов', Official(None, 'настоятель храма Казанской иконы Божией Матери', Person(None, 'Андрей', None, 'Орлов'))),
        ('протоиерей Андрей Орлов', Official(None, 'протоиерей', Person(None, 'Андрей', None, 'Орлов'))),
    ]),
    ('Службу возглавил настоятель собора Пресвятой Богородицы Иван Гриценко.', [
        ('настоятель собора Пресвятой Богородицы Иван Гриценко', Official(None, 'настоятель собора Пресвятой Богородицы', Person(None, 'Иван', None, 'Гриценко'))),
    ]),
    ('Глава архиепархии Божией Матери Паоло Пецци поздравил верующих.', [
        ('Глава архиепархии Божией Матери Паоло Пецци', Official(None, 'глава архиепархии Божией Матери', Person(None, 'Паоло', None, 'Пецци'))),
    ]),
    ('Настоятелю храма Христа Спасителя Михаилу Рязанцеву вручили награду.', [
        ('Настоятелю храма Христа Спасителя Михаилу Рязанцеву', Official(None, 'настоятель храма Христа Спасителя', Person(None, 'Михаил', None, 'Рязанцев'))),
    ]),
    ('На приёме был апостольский нунций Клаудио Гуджеротти.', [
        ('апостольский нунций Клаудио Гуджеротти', Official(None, 'апостольский нунций', Person(None, 'Клаудио', None, 'Гуджеротти'))),
    ]),
    ('Встреча прошла с участием апостольского нунция в России Джованни д’Аньелло.', [
        ('апостольского нунция в России Джованни д’Аньелло', Official(None, 'апостольский нунций', Person(None, 'Джованни', None, 'д’Аньелло'), place='Россия')),
    ]),
    ('В тренерском штабе остались ассистенты главного тренера Павел Ким и Ильдар Мухаметов.', [
        ('ассистенты главного тренера Павел Ким и Ильдар Мухаметов', Official(None, 'ассистент главного тренера', Person(None, 'Павел', None, 'Ким'))),
        ('ассистенты главного тренера Павел Ким и Ильдар Мухаметов', Official(None, 'ассистент главного тренера', Person(None, 'Ильдар', None, 'Мухаметов'))),
    ]),
    ('Ассистент главного тренера «Зенита» Вадим Евсеев покинул клуб.', [
        ('Ассистент главного тренера «Зенита» Вадим Евсеев', Official(None, 'ассистент главного тренера', Person(None, 'Вадим', None, 'Евсеев'), organization='Зенит')),
    ]),
    ('Совет директоров назначил генеральным директором Марину Котову. Она сменила на посту Игоря Лаптева.', [
        ('генеральным директором Марину Котову. Она сменила на посту Игоря Лаптева', Official(None, 'генеральный директор', Person(None, 'Игорь', None, 'Лаптев'))),
        ('генеральным директором Марину Котову', Official(None, 'генеральный директор', Person(None, 'Марина', None, 'Котова'))),
    ]),
    ('Премьер-министром стал Андрей Орлов. Он сменит на посту Виктора Ильина, ушедшего в отставку.', [
        ('Премьер-министром стал Андрей Орлов. Он сменит на посту Виктора Ильина', Official(None, 'премьер-министр', Person(None, 'Виктор', None, 'Ильин'))),
        ('Премьер-министром стал Андрей Орлов', Official(None, 'премьер-министр', Person(None, 'Андрей', None, 'Орлов'))),
    ]),
    ('Ректором университета избран Олег Кузнецов, который сменил на посту Сергея Павлова.', [
        ('Ректором университета избран Олег Кузнецов, который сменил на посту Сергея Павлова', Official(None, 'ректор университета', Person(None, 'Сергей', None, 'Павлов'))),
        ('Ректором университета избран Олег Кузнецов', Official(None, 'ректор университета', Person(None, 'Олег', None, 'Кузнецов'))),
    ]),
    ('На выборах президента Венесуэлы переизбран действующий президент Уго Чавес.', [
        ('президента Венесуэлы переизбран действующий президент Уго Чавес', Official(None, 'президент', Person(None, 'Уго', None, 'Чавес'), place='Венесуэла')),
        ('действующий президент Уго Чавес', Official(None, 'президент', Person(None, 'Уго', None, 'Чавес'))),
    ]),
    # === a second predicate of the person a sentence opens with, after ", а" or "и" (grammars/official/second_predicate.py); a time of up to five words between a surname and its link verb
    ('Ислам Мусаев окончил МГУ, а затем работал советником министра финансов.', [
        ('Ислам Мусаев окончил МГУ, а затем работал советником министра финансов', Official(None, 'советник министра финансов', Person(None, 'Ислам', None, 'Мусаев'))),
    ]),
    ('Иван Петров долгое время работал в банке, а затем стал заместителем министра финансов.', [
        ('Иван Петров долгое время работал в банке, а затем стал заместителем министра финансов', Official(None, 'заместитель министра финансов', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('Анна Котова родилась в Омске и с 2015 года работала министром спорта области.', [
        ('Анна Котова родилась в Омске и с 2015 года работала министром спорта области', Official(None, 'министр спорта области', Person(None, 'Анна', None, 'Котова'))),
    ]),
    ('Иван Петров окончил Высшую школу экономики и в 2010–2014 годах был советником министра экономики.', [
        ('Иван Петров окончил Высшую школу экономики и в 2010–2014 годах был советником министра экономики', Official(None, 'советник министра экономики', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('Иван Петров много лет возглавлял «Газпром», а до этого был заместителем министра энергетики.', [
        ('Иван Петров много лет возглавлял «Газпром», а до этого был заместителем министра энергетики', Official(None, 'заместитель министра энергетики', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('Суд приговорил бывшего мэра города Дмитрия Ильина. Ильин возглавлял Томск три года, а до этого работал заместителем губернатора Томской области.', [
        ('бывшего мэра города Дмитрия Ильина', Official(None, 'мэр города', Person(None, 'Дмитрий', None, 'Ильин'))),
        ('Ильин возглавлял Томск три года, а до этого работал заместителем губернатора Томской области', Official(None, 'заместитель губернатора', Person(None, 'Дмитрий', None, 'Ильин'), place='Томская область')),
    ]),
    ('Президент назначил Ислама Мусаева заместителем министра. Мусаев в течение пяти лет занимал пост министра спорта Чечни.', [
        ('Ислама Мусаева заместителем министра', Official(None, 'заместитель министра', Person(None, 'Ислам', None, 'Мусаев'))),
        ('Мусаев в течение пяти лет занимал пост министра спорта Чечни', Official(None, 'министр спорта', Person(None, 'Ислам', None, 'Мусаев'), place='Чечня')),
    ]),
    ('Президент назначил Ислама Мусаева заместителем министра. Мусаев с 2010 по 2015 год занимал пост министра спорта Чечни.', [
        ('Ислама Мусаева заместителем министра', Official(None, 'заместитель министра', Person(None, 'Ислам', None, 'Мусаев'))),
        ('Мусаев с 2010 по 2015 год занимал пост министра спорта Чечни', Official(None, 'министр спорта', Person(None, 'Ислам', None, 'Мусаев'), place='Чечня')),
    ]),
    ('Президент назначил Ислама Мусаева заместителем министра. Мусаев в 2015–2019 годах занимал пост министра спорта Чечни.', [
        ('Ислама Мусаева заместителем министра', Official(None, 'заместитель министра', Person(None, 'Ислам', None, 'Мусаев'))),
        ('Мусаев в 2015–2019 годах занимал пост министра спорта Чечни', Official(None, 'министр спорта', Person(None, 'Ислам', None, 'Мусаев'), place='Чечня')),
    ]),
    # === the second predicate's verb left out after the first's post (", а затем министром экономики", ", а ранее — министром финансов"); "первым заместителем" after a link verb is the post's word; a church's adjectives before its dedication
    ('Адылбек Касымалиев работал заместителем министра финансов, а затем министром экономики.', [
        ('Адылбек Касымалиев работал заместителем министра финансов, а затем министром экономики', Official(None, 'министр экономики', Person(None, 'Адылбек', None, 'Касымалиев'))),
        ('Адылбек Касымалиев работал заместителем министра финансов', Official(None, 'заместитель министра финансов', Person(None, 'Адылбек', None, 'Касымалиев'))),
    ]),
    ('Президент назначил Адылбека Касымалиева главой кабмина. Касымалиев до назначения работал первым заместителем председателя кабинета министров, а ранее — министром финансов.', [
        ('Адылбека Касымалиева главой кабмина', Official(None, 'глава кабмина', Person(None, 'Адылбек', None, 'Касымалиев'))),
        ('Касымалиев до назначения работал первым заместителем председателя кабинета министров, а ранее — министром финансов', Official(None, 'министр финансов', Person(None, 'Адылбек', None, 'Касымалиев'))),
        ('Касымалиев до назначения работал первым заместителем председателя кабинета министров', Official(None, 'первый заместитель председателя кабинета министров', Person(None, 'Адылбек', None, 'Касымалиев'))),
    ]),
    ('Олег Кузнецов был избран депутатом, а впоследствии председателем комитета по бюджету.', [
        ('Олег Кузнецов был избран депутатом, а впоследствии председателем комитета по бюджету', Official(None, 'председатель комитета по бюджету', Person(None, 'Олег', None, 'Кузнецов'))),
        ('Олег Кузнецов был избран депутатом', Official(None, 'депутат', Person(None, 'Олег', None, 'Кузнецов'))),
    ]),
    ('Адылбек Касымалиев работал заместителем министра финансов, а затем компанией руководил его брат.', [
        ('Адылбек Касымалиев работал заместителем министра финансов', Official(None, 'заместитель министра финансов', Person(None, 'Адылбек', None, 'Касымалиев'))),
    ]),
    ('Иван Петров получил орден. Он был первым заместителем губернатора.', [
        ('Иван Петров получил орден. Он был первым заместителем губернатора', Official(None, 'первый заместитель губернатора', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('Глава римско-католической архиепархии Божией Матери в Москве Паоло Пецци отслужил мессу.', [
        ('Глава римско-католической архиепархии Божией Матери в Москве Паоло Пецци', Official(None, 'глава римско-католической архиепархии Божией Матери', Person(None, 'Паоло', None, 'Пецци'), place='Москва')),
    ]),
    ('Настоятель московского храма Христа Спасителя Михаил Рязанцев выступил на конференции.', [
        ('Настоятель московского храма Христа Спасителя Михаил Рязанцев', Official(None, 'настоятель московского храма Христа Спасителя', Person(None, 'Михаил', None, 'Рязанцев'))),
    ]),
    # === a second predicate of the one person the sentence before names, opened by "Он", "Она"
    ('Иван Петров родился в Омске. Он окончил МГУ, а затем работал советником министра финансов.', [
        ('Иван Петров родился в Омске. Он окончил МГУ, а затем работал советником министра финансов', Official(None, 'советник министра финансов', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('Анна Котова родилась в Омске. Она окончила МГУ и с 2015 года работала министром спорта области.', [
        ('Анна Котова родилась в Омске. Она окончила МГУ и с 2015 года работала министром спорта области', Official(None, 'министр спорта области', Person(None, 'Анна', None, 'Котова'))),
    ]),
    # === a body's abbreviation with small letters inside ('ТвГУ', 'СПбГУ', 'МИСиС') between the post and the name is the body, no name word
    ('Ректор ТвГУ Светлана Смирнова открыла конференцию.', [
        ('Ректор ТвГУ Светлана Смирнова', Official(None, 'ректор', Person(None, 'Светлана', None, 'Смирнова'), organization='ТвГУ')),
    ]),
    ('По словам ректора СПбГУ Николая Кропачева, приём вырос.', [
        ('ректора СПбГУ Николая Кропачева', Official(None, 'ректор', Person(None, 'Николай', None, 'Кропачев'), organization='СПбГУ')),
    ]),
    ('Встреча прошла с проректором ВолгГТУ Ольгой Беловой.', [
        ('проректором ВолгГТУ Ольгой Беловой', Official(None, 'проректор', Person(None, 'Ольга', None, 'Белова'), organization='ВолгГТУ')),
    ]),
    ('Директор НИТУ МИСиС Алевтина Черникова выступила на форуме.', [
        ('Директор НИТУ МИСиС Алевтина Черникова', Official(None, 'директор', Person(None, 'Алевтина', None, 'Черникова'), organization='НИТУ МИСиС')),
    ]),
    ('Декан ЮФУ Ирина Котова рассказала о новых программах.', [
        ('Декан ЮФУ Ирина Котова', Official(None, 'декан', Person(None, 'Ирина', None, 'Котова'), organization='ЮФУ')),
    ]),
    # === a plural post's genitive compound stays whole ('заместители премьер-министра'); a field's abbreviation and the region after it ('ЖКХ региона'); a district and its town after 'по'; an institution named by capitalized adjectives ('Забайкальской базы', 'Курского техникума', 'Белоярской атомной станции')
    ('На совещании выступили заместители премьер-министра республики Ирина Окунева и Павел Гуринович.', [
        ('заместители премьер-министра республики Ирина Окунева и Павел Гуринович', Official(None, 'заместитель премьер-министра республики', Person(None, 'Ирина', None, 'Окунева'))),
        ('заместители премьер-министра республики Ирина Окунева и Павел Гуринович', Official(None, 'заместитель премьер-министра республики', Person(None, 'Павел', None, 'Гуринович'))),
    ]),
    ('Заместители генерал-губернатора Иван Петров и Олег Сидоров прибыли в столицу.', [
        ('Заместители генерал-губернатора Иван Петров и Олег Сидоров', Official(None, 'заместитель генерал-губернатора', Person(None, 'Иван', None, 'Петров'))),
        ('Заместители генерал-губернатора Иван Петров и Олег Сидоров', Official(None, 'заместитель генерал-губернатора', Person(None, 'Олег', None, 'Сидоров'))),
    ]),
    ('Министр строительства и ЖКХ региона Игорь Тарханов доложил о ходе работ.', [
        ('Министр строительства и ЖКХ региона Игорь Тарханов', Official(None, 'министр строительства и ЖКХ региона', Person(None, 'Игорь', None, 'Тарханов'))),
    ]),
    ('По словам министра энергетики и ЖКХ края Олега Смирнова, отопление включат в срок.', [
        ('министра энергетики и ЖКХ края Олега Смирнова', Official(None, 'министр энергетики и ЖКХ края', Person(None, 'Олег', None, 'Смирнов'))),
    ]),
    ('Руководитель следственного отдела по Октябрьскому району Ижевска Наталья Кирьянова уточнила детали.', [
        ('Руководитель следственного отдела по Октябрьскому району Ижевска Наталья Кирьянова', Official(None, 'руководитель следственного отдела', Person(None, 'Наталья', None, 'Кирьянова'), place='Октябрьский район Ижевска')),
    ]),
    ('Начальник отдела полиции по Центральному району Новосибирска Иван Петров сообщил о задержании.', [
        ('Начальник отдела полиции по Центральному району Новосибирска Иван Петров', Official(None, 'начальник отдела полиции', Person(None, 'Иван', None, 'Петров'), place='Центральный район Новосибирска')),
    ]),
    ('Руководитель Забайкальской базы авиационной охраны лесов Андрей Сизиков доложил губернатору.', [
        ('Руководитель Забайкальской базы авиационной охраны лесов Андрей Сизиков', Official(None, 'руководитель', Person(None, 'Андрей', None, 'Сизиков'), organization='Забайкальская база авиационной охраны лесов')),
    ]),
    ('Директор Курского техникума Олег Лаптев открыл выставку.', [
        ('Директор Курского техникума Олег Лаптев', Official(None, 'директор', Person(None, 'Олег', None, 'Лаптев'), organization='Курский техникум')),
    ]),
    ('Начальник Белоярской атомной станции Иван Сидоров сообщил о ремонте.', [
        ('Начальник Белоярской атомной станции Иван Сидоров', Official(None, 'начальник', Person(None, 'Иван', None, 'Сидоров'), organization='Белоярская атомная станция')),
    ]),
    ('Директор Государственного архива Андрей Артизов представил документы.', [
        ('Директор Государственного архива Андрей Артизов', Official(None, 'директор', Person(None, 'Андрей', None, 'Артизов'), organization='Государственный архив')),
    ]),
    # === careers: the object pronoun of a verb of appointing ('её назначили заместителем'), a duty ('она исполняла обязанности министра'), a surname named in full before after a time ('В 2003–2010 годах Дроздов ..., затем был'), ', затем' with no 'а', a subject with a patronymic
    ('Оксана Вершинина родилась в 1979 году в Барнауле. Затем её назначили заместителем председателя правительства Алтайского края.', [
        ('Оксана Вершинина родилась в 1979 году в Барнауле. Затем её назначили заместителем председателя правительства Алтайского края', Official(None, 'заместитель председателя правительства', Person(None, 'Оксана', None, 'Вершинина'), place='Алтайский край')),
    ]),
    ('Виктор Дроздов родился в 1965 году в Хабаровске. В 2014 году его избрали депутатом Законодательной думы Хабаровского края.', [
        ('Виктор Дроздов родился в 1965 году в Хабаровске. В 2014 году его избрали депутатом Законодательной думы Хабаровского края', Official(None, 'депутат', Person(None, 'Виктор', None, 'Дроздов'), organization='Законодательная дума', place='Хабаровский край')),
    ]),
    ('Марина Лебедева окончила МГУ. В 2019 году её единогласно избрали ректором Тверского университета.', [
        ('Марина Лебедева окончила МГУ. В 2019 году её единогласно избрали ректором Тверского университета', Official(None, 'ректор', Person(None, 'Марина', None, 'Лебедева'), organization='Тверской университет')),
    ]),
    ('Наталья Ковалёва родилась в 1974 году. В 2016 году она исполняла обязанности министра труда Рязанской области.', [
        ('Наталья Ковалёва родилась в 1974 году. В 2016 году она исполняла обязанности министра труда Рязанской области', Official(None, 'министр труда', Person(None, 'Наталья', None, 'Ковалёва'), place='Рязанская область')),
    ]),
    ('Виктор Дроздов родился в 1965 году. В 2003–2010 годах Дроздов руководил филиалом банка, затем был вице-президентом банка «Амур».', [
        ('Дроздов руководил филиалом банка, затем был вице-президентом банка «Амур»', Official(None, 'вице-президент', Person(None, 'Виктор', None, 'Дроздов'), organization='Амур')),
    ]),
    ('Иван Петров окончил МГУ, затем работал советником министра финансов.', [
        ('Иван Петров окончил МГУ, затем работал советником министра финансов', Official(None, 'советник министра финансов', Person(None, 'Иван', None, 'Петров'))),
    ]),
    ('Наталья Сергеевна Ковалёва окончила университет, а в 2005–2011 годах являлась начальником отдела кадров завода.', [
        ('Наталья Сергеевна Ковалёва окончила университет, а в 2005–2011 годах являлась начальником отдела кадров завода', Official(None, 'начальник отдела кадров завода', Person(None, 'Наталья', 'Сергеевна', 'Ковалёва'))),
    ]),
    ('Оксана Вершинина родилась в Барнауле. В 2007 году Вершинина пришла в администрацию края в качестве пресс-секретаря губернатора.', [
        ('Вершинина пришла в администрацию края в качестве пресс-секретаря губернатора', Official(None, 'пресс-секретарь губернатора', Person(None, 'Оксана', None, 'Вершинина'))),
    ]),
    ('Ольга Смирнова родилась в Омске. С 2015 года Смирнова работала заместителем мэра Омска.', [
        ('Смирнова работала заместителем мэра Омска', Official(None, 'заместитель мэра', Person(None, 'Ольга', None, 'Смирнова'), place='Омск')),
    ]),
    # === a plural post before a plural link verb is held by each holder listed after it with a post of their own; the successor named before the verb after 'На посту ...'
    ('Первыми заместителями председателя стали депутат Госдумы Ирина Сафонова и мэр Смоленска Руслан Ахмедов.', [
        ('Первыми заместителями председателя стали депутат Госдумы Ирина Сафонова и мэр Смоленска Руслан Ахмедов', Official(None, 'первый заместитель председателя', Person(None, 'Руслан', None, 'Ахмедов'))),
        ('Первыми заместителями председателя стали депутат Госдумы Ирина Сафонова', Official(None, 'первый заместитель председателя', Person(None, 'Ирина', None, 'Сафонова'))),
        ('депутат Госдумы Ирина Сафонова', Official(None, 'депутат', Person(None, 'Ирина', None, 'Сафонова'), organization='Госдума')),
        ('мэр Смоленска Руслан Ахмедов', Official(None, 'мэр', Person(None, 'Руслан', None, 'Ахмедов'), place='Смоленск')),
    ]),
    ('Её заместителями стали ректор Уфимского университета Рустем Галимов и председатель Федерации профсоюзов Башкортостана Николай Дёмин.', [
        ('заместителями стали ректор Уфимского университета Рустем Галимов и председатель Федерации профсоюзов Башкортостана Николай Дёмин', Official(None, 'заместитель', Person(None, 'Николай', None, 'Дёмин'))),
        ('заместителями стали ректор Уфимского университета Рустем Галимов', Official(None, 'заместитель', Person(None, 'Рустем', None, 'Галимов'))),
        ('ректор Уфимского университета Рустем Галимов', Official(None, 'ректор', Person(None, 'Рустем', None, 'Галимов'), organization='Уфимский университет')),
        ('председатель Федерации профсоюзов Башкортостана Николай Дёмин', Official(None, 'председатель', Person(None, 'Николай', None, 'Дёмин'), organization='Федерация профсоюзов', place='Башкортостан')),
    ]),
    ('Членами комиссии стали депутаты Иван Петров и Олег Сидоров.', [
        ('Членами комиссии стали депутаты Иван Петров и Олег Сидоров', Official(None, 'депутат', Person(None, 'Иван', None, 'Петров'))),
        ('Членами комиссии стали депутаты Иван Петров и Олег Сидоров', Official(None, 'член комиссии', Person(None, 'Иван', None, 'Петров'))),
        ('Членами комиссии стали депутаты Иван Петров и Олег Сидоров', Official(None, 'депутат', Person(None, 'Олег', None, 'Сидоров'))),
        ('Членами комиссии стали депутаты Иван Петров и Олег Сидоров', Official(None, 'член комиссии', Person(None, 'Олег', None, 'Сидоров'))),
    ]),
    ('Вице-президентами федерации избраны губернатор Тверской области Игорь Руденя и мэр Твери Алексей Огоньков.', [
        ('Вице-президентами федерации избраны губернатор Тверской области Игорь Руденя и мэр Твери Алексей Огоньков', Official(None, 'вице-президент федерации', Person(None, 'Алексей', None, 'Огоньков'))),
        ('Вице-президентами федерации избраны губернатор Тверской области Игорь Руденя', Official(None, 'вице-президент федерации', Person(None, 'Игорь', None, 'Руденя'))),
        ('губернатор Тверской области Игорь Руденя', Official(None, 'губернатор', Person(None, 'Игорь', None, 'Руденя'), place='Тверская область')),
        ('мэр Твери Алексей Огоньков', Official(None, 'мэр', Person(None, 'Алексей', None, 'Огоньков'), place='Тверь')),
    ]),
    ('На посту директора департамента Анна Волкова сменила Игоря Ляпина.', [
        ('На посту директора департамента Анна Волкова сменила Игоря Ляпина', Official(None, 'директор департамента', Person(None, 'Анна', None, 'Волкова'))),
        ('На посту директора департамента Анна Волкова сменила Игоря Ляпина', Official(None, 'директор департамента', Person(None, 'Игорь', None, 'Ляпин'))),
    ]),
    ('На посту председателя правления Андрея Казьмина сменил Герман Греф.', [
        ('На посту председателя правления Андрея Казьмина сменил Герман Греф', Official(None, 'председатель правления', Person(None, 'Андрей', None, 'Казьмин'))),
        ('На посту председателя правления Андрея Казьмина сменил Герман Греф', Official(None, 'председатель правления', Person(None, 'Герман', None, 'Греф'))),
    ]),
    # === the surname of one named before as the subject after 'До назначения', 'Ранее' that open the sentence, with a second predicate
    ('Министром здравоохранения области назначена Наталья Воронцова. До назначения Воронцова занимала пост главного врача областной больницы, а в 2015–2019 годах работала заместителем министра здравоохранения Тульской области.', [
        ('Министром здравоохранения области назначена Наталья Воронцова', Official(None, 'министр здравоохранения области', Person(None, 'Наталья', None, 'Воронцова'))),
        ('Воронцова занимала пост главного врача областной больницы, а в 2015–2019 годах работала заместителем министра здравоохранения Тульской области', Official(None, 'заместитель министра здравоохранения', Person(None, 'Наталья', None, 'Воронцова'), place='Тульская область')),
        ('Воронцова занимала пост главного врача областной больницы', Official(None, 'главный врач областной больницы', Person(None, 'Наталья', None, 'Воронцова'))),
    ]),
    ('Иван Сидоров родился в Омске. Ранее Сидоров работал советником губернатора, а затем был министром финансов Омской области.', [
        ('Сидоров работал советником губернатора, а затем был министром финансов Омской области', Official(None, 'министр финансов', Person(None, 'Иван', None, 'Сидоров'), place='Омская область')),
        ('Сидоров работал советником губернатора', Official(None, 'советник губернатора', Person(None, 'Иван', None, 'Сидоров'))),
    ]),
    # === a post's head read as a person's noun: its inanimate namesake's cases are no post's ('посол' of salting is an accusative too)
    ('В переговорах участвовал посол Индии в Бразилии Анита Рао.', [
        ('посол Индии в Бразилии Анита Рао', Official(None, 'посол', Person(None, 'Анита', None, 'Рао'), place='Индия')),
    ]),
    ('На приёме выступил посол Кении в России Джумба Одинга.', [
        ('посол Кении в России Джумба Одинга', Official(None, 'посол', Person(None, 'Джумба', None, 'Одинга'), place='Кения')),
    ]),
    ('Посол Перу Карла Мендоса вручила верительные грамоты.', [
        ('Посол Перу Карла Мендоса', Official(None, 'посол', Person(None, 'Карла', None, 'Мендоса'), place='Перу')),
    ]),
    # === a body named by a capitalized noun the dictionary guesses, then the place it governs ('председатель Женералитата Каталонии')
    ('Присутствовали председатель Женералитата Каталонии Марк Фабрегас и мэр города.', [
        ('председатель Женералитата Каталонии Марк Фабрегас', Official(None, 'председатель', Person(None, 'Марк', None, 'Фабрегас'), organization='Женералитат', place='Каталония')),
    ]),
    ('Председатель Женералитата Каталонии Марк Фабрегас заявил о референдуме.', [
        ('Председатель Женералитата Каталонии Марк Фабрегас', Official(None, 'председатель', Person(None, 'Марк', None, 'Фабрегас'), organization='Женералитат', place='Каталония')),
    ]),
    ('Встреча прошла с председателем Женералитата Каталонии Марком Фабрегасом.', [
        ('председателем Женералитата Каталонии Марком Фабрегасом', Official(None, 'председатель', Person(None, 'Марк', None, 'Фабрегас'), organization='Женералитат', place='Каталония')),
    ]),
    ('Спикер Стортинга Норвегии Ингрид Ланге открыла сессию.', [
        ('Спикер Стортинга Норвегии Ингрид Ланге', Official(None, 'спикер', Person(None, 'Ингрид', None, 'Ланге'), organization='Стортинг', place='Норвегия')),
    ]),
    ('Председатель Бундесрата Германии Петер Шмидт поздравил коллег.', [
        ('Председатель Бундесрата Германии Петер Шмидт', Official(None, 'председатель', Person(None, 'Петер', None, 'Шмидт'), organization='Бундесрат', place='Германия')),
    ]),
    # === scholars quoted as sources are posts, as NEREL annotates them ('политолог', 'социолог', 'климатолог', 'демограф'); a part of the world named by a compound adjective ('Юго-Восточной Азии')
    ('Политолог Европейского университета в Санкт-Петербурге Григорий Бессонов связывает отставку с провалом.', [
        ('Политолог Европейского университета в Санкт-Петербурге Григорий Бессонов', Official(None, 'политолог', Person(None, 'Григорий', None, 'Бессонов'), organization='Европейский университет', place='Санкт-Петербург')),
    ]),
    ('По словам климатолога Федерального университета Рафаэла Шмитта, ливни участились.', [
        ('климатолога Федерального университета Рафаэла Шмитта', Official(None, 'климатолог', Person(None, 'Рафаэл', None, 'Шмитт'), organization='Федеральный университет')),
    ]),
    ('Социолог Анна Кравцова считает, что опрос показал рост тревожности.', [
        ('Социолог Анна Кравцова', Official(None, 'социолог', Person(None, 'Анна', None, 'Кравцова'))),
    ]),
    ('С этим не согласен демограф Высшей школы экономики Алексей Ракша.', [
        ('демограф Высшей школы экономики Алексей Ракша', Official(None, 'демограф', Person(None, 'Алексей', None, 'Ракша'), organization='Высшая школа экономики')),
    ]),
    ('Эксперт Сингапурского института исследований Юго-Восточной Азии Линда Тан считает, что кризис затянется.', [
        ('Эксперт Сингапурского института исследований Юго-Восточной Азии Линда Тан', Official(None, 'эксперт', Person(None, 'Линда', None, 'Тан'), organization='Сингапурский институт исследований', place='Юго-Восточная Азия')),
    ]),
    ('Генсек Ассоциации государств Юго-Восточной Азии Као Ким Хорн выступил на форуме.', [
        ('Генсек Ассоциации государств Юго-Восточной Азии Као Ким Хорн', Official(None, 'генсек', Person(None, 'Као', None, 'Ким Хорн'), organization='Ассоциация государств', place='Юго-Восточная Азия')),
    ]),
    # === a Korean family name that ends in a consonant declines, and so does the given name's last syllable: every case after one post
    ('Заявление сделал президент Южной Кореи Мун Чжэ Ин.', [
        ('президент Южной Кореи Мун Чжэ Ин', Official(None, 'президент', Person(None, 'Чжэ Ин', None, 'Мун'), place='Южная Корея')),
    ]),
    ('Визит президента Южной Кореи Муна Чжэ Ина завершился.', [
        ('президента Южной Кореи Муна Чжэ Ина', Official(None, 'президент', Person(None, 'Чжэ Ин', None, 'Мун'), place='Южная Корея')),
    ]),
    ('Письмо направили президенту Южной Кореи Муну Чжэ Ину.', [
        ('президенту Южной Кореи Муну Чжэ Ину', Official(None, 'президент', Person(None, 'Чжэ Ин', None, 'Мун'), place='Южная Корея')),
    ]),
    ('Делегация поддержала президента Южной Кореи Муна Чжэ Ина.', [
        ('президента Южной Кореи Муна Чжэ Ина', Official(None, 'президент', Person(None, 'Чжэ Ин', None, 'Мун'), place='Южная Корея')),
    ]),
    ('Он провёл переговоры с президентом Южной Кореи Муном Чжэ Ином.', [
        ('президентом Южной Кореи Муном Чжэ Ином', Official(None, 'президент', Person(None, 'Чжэ Ин', None, 'Мун'), place='Южная Корея')),
    ]),
    ('Газета написала о президенте Южной Кореи Муне Чжэ Ине.', [
        ('президенте Южной Кореи Муне Чжэ Ине', Official(None, 'президент', Person(None, 'Чжэ Ин', None, 'Мун'), place='Южная Корея')),
    ]),
    ('Он встретился с президентом Южной Кореи Паком Чжон Хо.', [
        ('президентом Южной Кореи Паком Чжон Хо', Official(None, 'президент', Person(None, 'Чжон Хо', None, 'Пак'), place='Южная Корея')),
    ]),
    ('Переговоры прошли с премьер-министром Кореи Ханом Дук Су.', [
        ('премьер-министром Кореи Ханом Дук Су', Official(None, 'премьер-министр', Person(None, 'Дук Су', None, 'Хан'), place='Корея')),
    ]),
    ('Встреча с лидером КНДР Ким Чен Ыном продлилась два часа.', [
        ('лидером КНДР Ким Чен Ыном', Official(None, 'лидер', Person(None, 'Чен Ын', None, 'Ким'), place='КНДР')),
    ]),
    # === a region in one's charge after 'по' is part of the post ('советник по Азии', 'директор по Центральной Азии'), the body after it the post's
    ('По словам советника по Азии Немецкого общества внешней политики Йоханнеса Кранца, визит прошёл успешно.', [
        ('советника по Азии Немецкого общества внешней политики Йоханнеса Кранца', Official(None, 'советник по Азии', Person(None, 'Йоханнес', None, 'Кранц'), organization='Немецкое общество внешней политики')),
    ]),
    ('В переговорах участвовал спецпредставитель генсека ООН по Ближнему Востоку Томас Вернер.', [
        ('спецпредставитель генсека ООН по Ближнему Востоку Томас Вернер', Official(None, 'спецпредставитель генсека', Person(None, 'Томас', None, 'Вернер'), organization='ООН', place='Ближний Восток')),
    ]),
    ('Вице-президент по Латинской Америке компании «Сименс» Карлос Ортега посетил Москву.', [
        ('Вице-президент по Латинской Америке компании «Сименс» Карлос Ортега', Official(None, 'вице-президент по Латинской Америке', Person(None, 'Карлос', None, 'Ортега'), organization='Сименс')),
    ]),
    ('Встреча прошла с директором по Центральной Азии Всемирного банка Анной Штайн.', [
        ('директором по Центральной Азии Всемирного банка Анной Штайн', Official(None, 'директор по Центральной Азии', Person(None, 'Анна', None, 'Штайн'), organization='Всемирный банк')),
    ]),
    # a surname alone opening a later sentence after a time: a span of years, a decade, a month
    # ("В 1995–2001 годах Сурков", "С 2008 по 2012 год"), after a sentence ending in a short word
    # ("пришёл в банк. Лаптев ..."), and a surname that is also a town's name ("Кирсанова", "Королёв")
    ('Олег Сурков родился в 1969 году в Рязани. В 1995–2001 годах Сурков возглавлял комитет по делам молодёжи, а затем стал заместителем губернатора Тульской области.', [
        ('Сурков возглавлял комитет по делам молодёжи, а затем стал заместителем губернатора Тульской области', Official(None, 'заместитель губернатора', Person(None, 'Олег', None, 'Сурков'), place='Тульская область')),
    ]),
    ('Марина Ефремова окончила академию. С 2008 по 2012 год Ефремова работала начальником отдела кадров комбината «Северный».', [
        ('Ефремова работала начальником отдела кадров комбината «Северный»', Official(None, 'начальник отдела кадров', Person(None, 'Марина', None, 'Ефремова'), organization='Северный')),
    ]),
    ('Игорь Лаптев пришёл в банк. Лаптев занимал должность вице-президента банка «Кедр».', [
        ('Лаптев занимал должность вице-президента банка «Кедр»', Official(None, 'вице-президент', Person(None, 'Игорь', None, 'Лаптев'), organization='Кедр')),
    ]),
    ('Дмитрий Ланской окончил институт. В 1990-х годах Ланской руководил заводом, а в 2001 году стал председателем правления банка «Восток».', [
        ('Ланской руководил заводом, а в 2001 году стал председателем правления банка «Восток»', Official(None, 'председатель правления', Person(None, 'Дмитрий', None, 'Ланской'), organization='Восток')),
    ]),
    ('Анна Жуковская вернулась в город. С марта 2019 года Жуковская занимает пост министра культуры Калужской области.', [
        ('Жуковская занимает пост министра культуры Калужской области', Official(None, 'министр культуры', Person(None, 'Анна', None, 'Жуковская'), place='Калужская область')),
    ]),
    ('Сергей Королёв окончил вуз. В 2004–2010 гг. Королёв был директором Рязанского приборного завода.', [
        ('Королёв был директором Рязанского приборного завода', Official(None, 'директор', Person(None, 'Сергей', None, 'Королёв'), organization='Рязанский приборный завод')),
    ]),
    ('Наталья Пушкина работала в мэрии. До избрания Пушкина была заместителем главы администрации Твери.', [
        ('Пушкина была заместителем главы администрации Твери', Official(None, 'заместитель главы администрации', Person(None, 'Наталья', None, 'Пушкина'), place='Тверь')),
    ]),
    ('Павел Чехов вырос в Перми. После 2015 года Чехов возглавлял районный суд, а затем стал председателем областного суда.', [
        ('Чехов возглавлял районный суд, а затем стал председателем областного суда', Official(None, 'председатель областного суда', Person(None, 'Павел', None, 'Чехов'))),
    ]),
    ('Елена Кирсанова пришла в банк. До назначения Кирсанова занимала должность первого заместителя председателя правления банка «Волга».', [
        ('Кирсанова занимала должность первого заместителя председателя правления банка «Волга»', Official(None, 'первый заместитель председателя правления банка', Person(None, 'Елена', None, 'Кирсанова'), organization='Волга')),
    ]),
    # "Он", "Она" after a time that opens the sentence stands for the one person the sentence before names
    ('Оксана Вершинина родилась в 1979 году в Барнауле. В 2005–2010 годах она руководила пресс-службой, затем была назначена начальником управления информационной политики Алтайского края.', [
        ('Оксана Вершинина родилась в 1979 году в Барнауле. В 2005–2010 годах она руководила пресс-службой, затем была назначена начальником управления информационной политики Алтайского края', Official(None, 'начальник управления информационной политики', Person(None, 'Оксана', None, 'Вершинина'), place='Алтайский край')),
    ]),
    ('Виктор Дроздов родился в 1965 году в Хабаровске. С 2003 года он руководил филиалом Сбербанка, а в 2010 году стал вице-президентом банка «Амур».', [
        ('Виктор Дроздов родился в 1965 году в Хабаровске. С 2003 года он руководил филиалом Сбербанка, а в 2010 году стал вице-президентом банка «Амур»', Official(None, 'вице-президент', Person(None, 'Виктор', None, 'Дроздов'), organization='Амур')),
    ]),
    ('Ирина Лебедева окончила юридический факультет. С 2012 по 2016 год она работала в прокуратуре, а затем стала заместителем прокурора Калужской области.', [
        ('Ирина Лебедева окончила юридический факультет. С 2012 по 2016 год она работала в прокуратуре, а затем стала заместителем прокурора Калужской области', Official(None, 'заместитель прокурора', Person(None, 'Ирина', None, 'Лебедева'), place='Калужская область')),
    ]),
    ('Геннадий Осипов служил в армии. В 1990-х годах он возглавлял кооператив, а позже был избран главой Лужского района.', [
        ('Геннадий Осипов служил в армии. В 1990-х годах он возглавлял кооператив, а позже был избран главой Лужского района', Official(None, 'глава', Person(None, 'Геннадий', None, 'Осипов'), place='Лужский район')),
    ]),
    ('Мария Соколова выросла в Омске. Затем она преподавала в школе, а в 2018 году стала директором омской гимназии № 19.', [
        ('Мария Соколова выросла в Омске. Затем она преподавала в школе, а в 2018 году стала директором омской гимназии № 19', Official(None, 'директор омской гимназии № 19', Person(None, 'Мария', None, 'Соколова'))),
    ]),
    # "На посту X он сменил Y": the successor named by a pronoun, the one before holds the post
    ('На посту гендиректора компании он сменил Олега Шатрова.', [
        ('На посту гендиректора компании он сменил Олега Шатрова', Official(None, 'гендиректор компании', Person(None, 'Олег', None, 'Шатров'))),
    ]),
    ('На посту министра здравоохранения Калужской области она сменила Игоря Карпенко.', [
        ('На посту министра здравоохранения Калужской области она сменила Игоря Карпенко', Official(None, 'министр здравоохранения', Person(None, 'Игорь', None, 'Карпенко'), place='Калужская область')),
    ]),
    ('На посту главного тренера «Амура» он сменил Олега Ершова.', [
        ('На посту главного тренера «Амура» он сменил Олега Ершова', Official(None, 'главный тренер', Person(None, 'Олег', None, 'Ершов'), organization='Амур')),
    ]),
    ('На посту директора она сменила Анну Белову.', [
        ('На посту директора она сменила Анну Белову', Official(None, 'директор', Person(None, 'Анна', None, 'Белова'))),
    ]),
    ('В марте на посту председателя правления банка «Кедр» он сменит Михаила Баранова.', [
        ('на посту председателя правления банка «Кедр» он сменит Михаила Баранова', Official(None, 'председатель правления', Person(None, 'Михаил', None, 'Баранов'), organization='Кедр')),
    ]),
    ('На посту ректора Тульского университета она сменила Владимира Кудрявцева.', [
        ('На посту ректора Тульского университета она сменила Владимира Кудрявцева', Official(None, 'ректор', Person(None, 'Владимир', None, 'Кудрявцев'), organization='Тульский университет')),
    ]),
    # Vietnamese family names that are Russian words or were missing: "То Лам", "Выонг Динь Хюэ", "Лыонг Кыонг"
    ('Генеральный секретарь ЦК Коммунистической партии Вьетнама То Лам провёл встречу с делегацией.', [
        ('Генеральный секретарь ЦК Коммунистической партии Вьетнама То Лам', Official(None, 'генеральный секретарь', Person(None, 'Лам', None, 'То'), organization='ЦК', place='Вьетнам')),
    ]),
    ('Председатель Национального собрания Вьетнама Выонг Динь Хюэ ушёл в отставку.', [
        ('Председатель Национального собрания Вьетнама Выонг Динь Хюэ', Official(None, 'председатель', Person(None, 'Динь Хюэ', None, 'Выонг'), organization='Национальное собрание', place='Вьетнам')),
    ]),
    ('Президент Вьетнама Лыонг Кыонг принял верительные грамоты послов.', [
        ('Президент Вьетнама Лыонг Кыонг', Official(None, 'президент', Person(None, 'Кыонг', None, 'Лыонг'), place='Вьетнам')),
    ]),
    ('Переговоры с генеральным секретарём ЦК КПВ То Ламом прошли в Ханое.', [
        ('генеральным секретарём ЦК КПВ То Ламом', Official(None, 'генеральный секретарь', Person(None, 'Лам', None, 'То'), organization='ЦК КПВ')),
    ]),
    # the duties of a post carried: told by the infinitive ("Исполнять обязанности министра ... будет"), by the noun
    # ("Исполнение обязанностей ... возложено на"), passed on ("перешли к"), with how long between ("до назначения преемника")
    ('Исполнять обязанности министра до назначения преемника будет заместитель министра Светлана Дробышева.', [
        ('Исполнять обязанности министра до назначения преемника будет заместитель министра Светлана Дробышева', Official(None, 'министр', Person(None, 'Светлана', None, 'Дробышева'))),
        ('заместитель министра Светлана Дробышева', Official(None, 'заместитель министра', Person(None, 'Светлана', None, 'Дробышева'))),
    ]),
    ('Временно исполнять обязанности главы Лужского района будет Иван Петров.', [
        ('Временно исполнять обязанности главы Лужского района будет Иван Петров', Official(None, 'глава', Person(None, 'Иван', None, 'Петров'), place='Лужский район')),
    ]),
    ('Исполнять обязанности ректора университета будет проректор по учебной работе Анна Смирнова.', [
        ('Исполнять обязанности ректора университета будет проректор по учебной работе Анна Смирнова', Official(None, 'ректор университета', Person(None, 'Анна', None, 'Смирнова'))),
        ('проректор по учебной работе Анна Смирнова', Official(None, 'проректор по учебной работе', Person(None, 'Анна', None, 'Смирнова'))),
    ]),
    ('Исполнение обязанностей министра возложено на её первого заместителя Михаила Корзуна.', [
        ('Исполнение обязанностей министра возложено на её первого заместителя Михаила Корзуна', Official(None, 'министр', Person(None, 'Михаил', None, 'Корзун'))),
        ('первого заместителя Михаила Корзуна', Official(None, 'первый заместитель', Person(None, 'Михаил', None, 'Корзун'))),
    ]),
    ('Исполнение обязанностей главы администрации города возложено на Олега Лукина.', [
        ('Исполнение обязанностей главы администрации города возложено на Олега Лукина', Official(None, 'глава администрации города', Person(None, 'Олег', None, 'Лукин'))),
    ]),
    ('Обязанности вице-президента федерации перешли к Сергею Наумкину.', [
        ('Обязанности вице-президента федерации перешли к Сергею Наумкину', Official(None, 'вице-президент федерации', Person(None, 'Сергей', None, 'Наумкин'))),
    ]),
    ('Обязанности губернатора до выборов будет исполнять Олег Лукин.', [
        ('Обязанности губернатора до выборов будет исполнять Олег Лукин', Official(None, 'губернатор', Person(None, 'Олег', None, 'Лукин'))),
    ]),
    ('Обязанности директора музея до избрания нового руководителя временно исполняет Ирина Котова.', [
        ('Обязанности директора музея до избрания нового руководителя временно исполняет Ирина Котова', Official(None, 'директор музея', Person(None, 'Ирина', None, 'Котова'))),
    ]),
    # two given names, then a surname the dictionary has as a place or an adjective: "Франсиско Хавьер Мендоса", "Мохаммад Реза Карими"
    ('Франсиско Хавьер Мендоса, генеральный директор МАГАТЭ, прибыл в Тегеран.', [
        ('Франсиско Хавьер Мендоса, генеральный директор МАГАТЭ', Official(None, 'генеральный директор', Person(None, 'Франсиско', 'Хавьер', 'Мендоса'), organization='МАГАТЭ')),
    ]),
    ('Встреча с главой Организации по атомной энергии Ирана Мохаммадом Резой Карими прошла в Вене.', [
        ('главой Организации по атомной энергии Ирана Мохаммадом Резой Карими', Official(None, 'глава', Person(None, 'Мохаммад', 'Реза', 'Карими'), organization='Организация по атомной энергии', place='Иран')),
    ]),
    ('Министр иностранных дел Ирана Мохаммад Реза Карими заявил о переговорах.', [
        ('Министр иностранных дел Ирана Мохаммад Реза Карими', Official(None, 'министр иностранных дел', Person(None, 'Мохаммад', 'Реза', 'Карими'), place='Иран')),
    ]),
    # two places of one post, its one holder after them: "министр по развитию Дальнего Востока и Арктики", "Тринидада и Тобаго"
    ('Министр по развитию Дальнего Востока и Арктики Эдуард Сафин прибыл во Владивосток.', [
        ('Министр по развитию Дальнего Востока и Арктики Эдуард Сафин', Official(None, 'министр по развитию', Person(None, 'Эдуард', None, 'Сафин'), place='Дальний Восток и Арктика')),
    ]),
    ('Встреча с министром по развитию Дальнего Востока и Арктики Эдуардом Сафиным прошла в Якутске.', [
        ('министром по развитию Дальнего Востока и Арктики Эдуардом Сафиным', Official(None, 'министр по развитию', Person(None, 'Эдуард', None, 'Сафин'), place='Дальний Восток и Арктика')),
    ]),
    ('Министр иностранных дел Боснии и Герцеговины Эльмедин Конакович прибыл в Москву.', [
        ('Министр иностранных дел Боснии и Герцеговины Эльмедин Конакович', Official(None, 'министр иностранных дел', Person(None, 'Эльмедин', None, 'Конакович'), place='Босния и Герцеговина')),
    ]),
    ('Посол Тринидада и Тобаго Кейт Ричардс вручил верительные грамоты.', [
        ('Посол Тринидада и Тобаго Кейт Ричардс', Official(None, 'посол', Person(None, 'Кейт', None, 'Ричардс'), place='Тринидад и Тобаго')),
    ]),
    # a body's kind cut to its first syllable after the region's adjective: "Кировского райсуда", "Омской облпрокуратуры"
    ('Судья Кировского райсуда Ольга Веретенникова отклонила ходатайство защиты.', [
        ('Судья Кировского райсуда Ольга Веретенникова', Official(None, 'судья', Person(None, 'Ольга', None, 'Веретенникова'), organization='Кировский райсуд')),
    ]),
    ('Председатель Ленинского горсуда Ольга Веретенникова подписала приказ.', [
        ('Председатель Ленинского горсуда Ольга Веретенникова', Official(None, 'председатель', Person(None, 'Ольга', None, 'Веретенникова'), organization='Ленинский горсуд')),
    ]),
    ('Председатель Тверского горсовета Иван Петров выступил на сессии.', [
        ('Председатель Тверского горсовета Иван Петров', Official(None, 'председатель', Person(None, 'Иван', None, 'Петров'), organization='Тверской горсовет')),
    ]),
    ('Прокурор Омской облпрокуратуры Игорь Латышев направил дело в суд.', [
        ('Прокурор Омской облпрокуратуры Игорь Латышев', Official(None, 'прокурор', Person(None, 'Игорь', None, 'Латышев'), organization='Омская облпрокуратура')),
    ]),
    ('Главный врач Тверской облбольницы Анна Смирнова сообщила о вспышке гриппа.', [
        ('Главный врач Тверской облбольницы Анна Смирнова', Official(None, 'главный врач', Person(None, 'Анна', None, 'Смирнова'), organization='Тверская облбольница')),
    ]),
    ('Встреча с председателем Новгородской облдумы Юрием Бобрышевым прошла в пятницу.', [
        ('председателем Новгородской облдумы Юрием Бобрышевым', Official(None, 'председатель', Person(None, 'Юрий', None, 'Бобрышев'), organization='Новгородская облдума')),
    ]),
    # a given name the dictionary has as a place, before "бен", "бин", "ибн": "Салем бен Мубарак аль-Кахтани"
    ('Решение приветствовал генеральный секретарь ОПЕК Салем бен Мубарак аль-Кахтани.', [
        ('генеральный секретарь ОПЕК Салем бен Мубарак аль-Кахтани', Official(None, 'генеральный секретарь', Person(None, 'Салем', None, 'бен Мубарак аль-Кахтани'), organization='ОПЕК')),
    ]),
    ('Министр иностранных дел Омана Салем бен Хамад аль-Бусаиди прибыл в Москву.', [
        ('Министр иностранных дел Омана Салем бен Хамад аль-Бусаиди', Official(None, 'министр иностранных дел', Person(None, 'Салем', None, 'бен Хамад аль-Бусаиди'), place='Оман')),
    ]),
    ('Салем бен Мубарак аль-Кахтани, генеральный секретарь ОПЕК, выступил на форуме.', [
        ('Салем бен Мубарак аль-Кахтани, генеральный секретарь ОПЕК', Official(None, 'генеральный секретарь', Person(None, 'Салем', None, 'бен Мубарак аль-Кахтани'), organization='ОПЕК')),
    ]),
]

NEGATIVE = [  # strings in which NO Official may be found
    # === 55. the name of a settlement after its kind is no person
    'Выборы выиграл глава сельского поселения Красный Яр.',
    'Отчёт представил глава поселка Новый Свет.',
    # === 64. a known first name is no surname of a name in another case
    'Встреча с советником Антона Силуанова Иван прошла.',
    # === 66. after a dash, only a time before the post
    'Олег Котов — давний приятель губернатора области.',
    'Анна Зуева — лучшая ученица директора школы.',
    # === 66. across a dash after a time, only a full name or a known surname
    'Работал в Совмине, а Гремина, с 2006 года — комиссар ООН.',
    # === 49. who takes a post by a verb is its subject, in the nominative
    'После смерти Петра Зуева в мае занял пост директора завода.',
    'После отставки Игоря Лунина занял пост министра.',
    'Вместо Ольги Котовой в июне заняла должность ректора.',
    # a capitalized adjective of the noun after it is no surname
    'Он является заслуженным профессором Нагойского университета.',
    'Она стала почётным доктором Казанского университета и профессором Уральского института.',
    # === 17. an organization or a genitive is not a person
    'Ректор Университета имени Лобачевского вручил дипломы выпускникам.',  # the name is part of the university's name
    'Директор музея Марины Цветаевой рассказала о новой экспозиции.',  # the poet's museum; its director is not named
    'Директор Дома-музея Антона Чехова открыл выставку в Ялте.',  # the writer's house-museum; the director is not named
    'Председатель фонда «Анна Ахматова» отказался от комментариев.',  # a quoted name is the foundation's
    'Главный врач больницы имени Боткина провёл брифинг.',  # the name is part of the hospital's name
    'Руководитель Центра имени Алмазова выступил с докладом.',  # the name is part of the centre's name
    'Директор Института русского языка имени Виноградова ответил на вопросы.',  # the name is part of the institute's name
    'Ректор РУДН имени Патриса Лумумбы встретился со студентами.',  # the name is part of the university's name
    'Генеральный директор компании «Иван Петров и партнёры» подал иск.',  # a quoted firm's name, the director unnamed
    'Депутаты фракции «Яблоко» в Мосгордуме выступили против.',  # a plural post, no names
    'Директор музея-заповедника «Ясная Поляна» рассказал о планах.',  # a quoted place name is the museum's, no person
    'Ректор Академии имени Гнесиных поздравил выпускников.',  # the family name is part of the academy's name
    'Председатель Общества имени Пушкина открыл конференцию.',  # the name is part of the society's name

    # === 18. a relational noun before the post: the name is the relative's
    'Сын генерала Андрей Ветров открыл ресторан в Сочи.',  # the son holds no post
    'Супруга губернатора Ольга Смирнова посетила детский приют.',  # the wife holds no post
    'Ученик профессора Игорь Лыков защитил докторскую диссертацию.',  # the pupil holds no post
    'Дочь министра Анна Котова вышла замуж в Италии.',  # the daughter holds no post
    'Вдова маршала Галина Орлова передала музею награды мужа.',  # the widow holds no post
    'Брат мэра Олег Рыбин задержан по делу о взятке.',  # the brother holds no post
    'Племянник сенатора Павел Зуев выиграл тендер.',  # the nephew holds no post
    'Жена посла Мария Лосева организовала благотворительный вечер.',  # the wife holds no post
    'Водитель депутата Игорь Пахомов попал в аварию.',  # a driver is no post
    'Внучка адмирала Елена Котова написала книгу о деде.',  # the granddaughter holds no post
    'Однокурсник премьер-министра Виктор Зотов вспомнил студенческие годы.',  # the classmate holds no post
    'Бывший тесть губернатора Иван Котов продал землю.',  # the father-in-law holds no post

    # === 19. a post with a genitive person: the client or the owner, no holder named
    'Адвокат Анны Беловой подал жалобу в Верховный суд.',  # the client is named, not the lawyer
    'Юрист Марины Ветровой направил запрос в прокуратуру.',  # the client is named, not the lawyer
    'Тренер Ивана Сомова рассказал о травме спортсмена.',  # the athlete is named, not the coach
    'Пресс-секретарь Олега Рыбина опроверг слухи о разводе.',  # the employer is named, not the press secretary
    'Представитель Анны Зуевой заявил, что она не давала интервью.',  # the one represented is named
    'Советник Ирины Котовой по экономике ушёл в отставку.',  # the one advised is named
    'Продюсер певицы Ольги Лаптевой подал в суд на телеканал.',  # the singer is named, not the producer

    # === 20. a post that governs a person's name: no holder here
    'Начальник штаба кандидата Петра Иванова сообщил о нарушениях.',  # a candidate holds no post; the chief of staff is unnamed
    'Руководитель предвыборного штаба кандидата Анны Котовой подал жалобу.',  # the same, a woman
    'Директор певицы Марии Зуевой отменил гастроли.',  # the singer's manager is unnamed
    'Пресс-секретарь бизнесмена Олега Рыбина опроверг слухи.',  # a businessman holds no post
    'Представитель блогера Ивана Сомова заявил о давлении.',  # a blogger holds no post
    'Секретарь писателя Льва Зотова разбирала его архив.',  # the writer is named, not the secretary
    'Помощник режиссёра Анны Лосевой рассказал о съёмках.',  # the director is named, not the assistant
    'Глава фонда писателя Андрея Белова объявил конкурс.',  # the writer's foundation; its head is unnamed

    # === other traps: streets, ships, prizes, titles in names, figurative titles
    'Дом на улице Адмирала Макарова признали аварийным.',  # a street name
    'На улице Генерала Петрова открыли новую школу.',  # a street name
    'Улицу Маршала Катукова перекроют в субботу.',  # a street name
    'Премию имени академика Сахарова вручили белорусской оппозиционерке.',  # a prize name
    'Ледокол «Адмирал Макаров» вышел из Мурманска.',  # a ship name
    'Фрегат «Адмирал Горшков» вернулся в Североморск.',  # a ship name
    'Спектакль «Король Лир» поставили в Самаре.',  # a play's title
    'Орден Святого князя Александра Невского вручили ветерану.',  # an order's name
    'Директор Фонда Владимира Потанина выступила на форуме.',  # a body named after a person, not the director's name
    'Сотрудники Банка Ивана Сидорова получили премии.',  # a body named after a person
    # === 22. the name of a place after its kind, a family: no holder
    'Бывший комик три срока работал мэром города Камник.',
    'Арпайо долго был шерифом округа Марикопа.',
    'Сотрудники офиса шерифа округа Йелло заявили о задержании.',
    'Директор похоронного бюро города Вустера отказался от комментариев.',
    'Умер старший представитель дома Романовых.',
    'Он называл себя главой клана Медичи.',
    # === 23. succession without a post held
    'Иван Петров сменил Олега Зуева за рулём автомобиля.',
    'Сменивший гнев на милость Олег Зуев поблагодарил мэра.',
    'Тренер сменил вратаря на последних минутах матча.',
    # === 24. a clause whose own subject holds the post
    'Иван Петров, брат которого был министром, стал свидетелем.',
    'Олег Ветров, заявил министр, не получал взяток.',
    # === 26. a seat that is no post
    'Место в очереди занял Иван Петров.',
    'Кресло в зале занял Олег Зуев.',
    # === review: an enumeration, an appointer, a relative
    'В жюри вошли ректор МГУ, актёр и режиссёр Никита Михалков.',
    'На церемонии выступили губернатор области, писатель и публицист Захар Прилепин.',
    'Назначенный президентом Татарстана Андрей Иванов возглавил Минздрав республики.',
    'Утверждённый губернатором Андрей Петров приступил к обязанностям.',
    'Дочь Путина стала депутатом Госдумы.',
    'Сестра Медведева была избрана мэром города.',
    'Место министра в рейтинге занял Иван Петров.',
    'Петров был уволен с работы за прогулы.',
    'Президент и его жена Ольга Петрова прибыли в Минск.',
    # === 28b. a title that is also a first name, before an unknown word: a name
    'Эмир Кустурица снял новый фильм.',
    'Султан Ибрагимов выиграл бой.',
    # === 29. a degree, an honorary title or a membership alone is no post
    'Народный артист России Олег Зуев выступил в Туле.',
    'Герой России Михаил Котов погиб.',
    'Доктор исторических наук Иван Петров выступил с докладом.',
    'Член партии «Единство» Иван Петров заявил о выходе.',
    # === 30. duties that are no post's, a verb that carries none
    'Обязанности по дому исполняет Иван Петров.',
    'Обязанности мэра обсуждал Иван Петров.',
    'Обязанности сторон определил Олег Зуев.',
    # === 31. a body named after a man in the genitive; a post held under
    # someone before that one's genitive name; "бывший" opening a phrase
    'Директор музея Пушкина рассказал о выставке.',
    'Директор театра Вахтангова рассказал о гастролях.',
    'Ректор института Склифосовского подписал приказ.',
    'Он является советником Лиама Фокса.',
    'Советник Дэвида Кэмерона по обороне дал интервью.',
    'Он работал помощником Ивана Лыкова.',
    'Это назначение заместителя губернатора по экономике бывшего конкурента Николая Зуева.',
    # === 32. a described calling that befriends or serves another
    'Бизнесмен Адам Лорн — близкий друг министра обороны.',
    'Главой отдела назначен бывший заместитель Суходольского.',
    'Он сообщил, что лидер боснийских сербов не приедет.',
    # === 35. a bare post after a comma closes no apposition
    'По словам Лыкова, министр финансов и вице-премьер согласны.',
    # === 39. "после" an event, or after a post that is taken by no one
    'Министр после Петрова выступил с докладом.',
    'Он стал президентом после выборов.',
    # === 40. a relative who takes a post, not named
    'Президентом стал его брат.',
    'Мэром стала его жена, сообщил Иван Лыков.',
    # === 42. the word after a place's kind is the place's name
    'Губернатор штата Юта Спенсер Кокс заявил.',
    # === 27. a name after where the post is held that names whose body it is
    'Министр обороны в правительстве Синдзо Абэ заявил о реформе.',
    'Министру финансов в правительстве Марии Котовой пришлось уйти.',
    'Министр в присутствии Нэнси Пелоси подписал договор.',
    'Награду вручили министру в присутствии Марии Котовой.',
    'Он занимал пост вице-президента в администрации Бориса Ельцина.',
    'Она работала профессором в университете Виктора Мейера.',
    'Советник посольства в Канаде Игоря Лунина ранее не упоминали.',
    'Письмо направили главе отдела в правительстве Ольги Зуевой.',
    'Речь идёт о должности министра в кабинете Петра Котова.',
    # === 21. a verb that ties no post to the name
    'Петров стал свидетелем по делу губернатора.',
    'Кнедлик в 2003 году встретил министра юстиции.',
    'Дымов занимал в очереди место за министром.',
    'Женщина-водитель Анна Ким пострадала.',
    'Сидоров будет исполнять обязанности по дому.',
    'Кнедлик вчера стал героем репортажа о министре.',
    'Вдова Сидорова стала свидетелем.',
    # === 76. a describing adjective before a word that is no post
    'Иван Петров, известный критик министра, заявил.',
    'Иван Петров, давний друг губернатора, заявил.',
    'Анна Котова, первая жена губернатора, заявила.',
    # === 78. a calling and a post after a dash, the post another's
    'Мария Котова — известный критик губернатора и его советника.',
    # === 82. a head that also reads as another noun's nominative opens a clause after a name and a comma
    'Фильм снят по мотивам книги Дмитрия Глуховского, премьера прошла в кинотеатре «Октябрь».',
    'Спектакль поставлен по пьесе Анны Котовой, премьера состоится в мае.',
    # === 87. an adjective before the head agrees only with another noun spelled as it ("главная премьера")
    'В театре состоится главная премьера «Травиата» Верди.',
    'Вчера прошла долгожданная премьера «Щелкунчик» Чайковского.',
    'Первая глава книги Ивана Петрова вышла в журнале.',
    # === 88. a representative of a party is its member
    'Заявил представитель партии «Яблоко» Иван Петров.',
    # === 89. a surname alone after a noun that governs a person is whose body it is, or a town
    'Встреча главы администрации Кирова прошла в мэрии.',
    'Отчёт руководителя аппарата Петрова опубликован.',
    # === 92. a saint's name in a church's name is no holder
    'Прихожане храма Святителя Николая собрали пожертвования.',
    'Реставрация собора Святой Софии завершена.',
    # === 97. between the copula and the name no time but someone's words
    'Место заместителя губернатора по экономике бывшего конкурента Николая Денина занял другой.',
    # === 99. a name, words that tell no time, then a post: no predicate
    'Юлия Липницкая вместе с президентом РФ посетила каток.',
    'Разговор Путина с новым главой Кубы прошёл вчера.',
    'Ивана Петрова в 2010 году губернатор назначил министром.',
    # === 103. a tenure without whose it was, or a surname the dictionary does not know
    'Президентский срок истекает в мае.',
    'Во время президентства страна изменилась.',
    'Сроки президентства Котовски обсуждаются.',
    # === 105. a figurative title, with no country
    'Иван стал королём вечеринки.',
    'Королём вечеринки стал Иван.',
    'Мария стала королевой бала.',
    # === 106. a place in a ranking is no seat
    'Место министра в рейтинге популярности занял Иван Петров.',
    'Первое место губернатора в рейтинге губернаторов занял Олег Зуев.',
    # === 107. callings joined to a post that name another person: a relative, a word of address
    'Президент и первая леди Мишель Обама посетили школу.',
    'Президент и госпожа Обама прибыли в Лондон.',
    'Директор школы и сын Иван пришли на праздник.',
    'Губернатор области и супруга Ольга Смирнова посетили выставку.',
    'Директор завода и мистер Джон Смит подписали протокол.',
    # === 107. after a plural verb, a post and callings before a name list two people
    'На церемонии выступили ректор университета, историк Олег Котов и другие гости.',
    'В комиссию вошли директор школы и педагог Анна Смирнова.',
    'Открытие посетили мэр города, писатель Захар Прилепин и артисты.',
    # === 109. a relative before a post in the genitive, then a name that does not decline: the relative's
    'Супруга президента Франции Брижит Макрон посетила больницу.',
    'Жена посла Ирэн Дюпон посетила больницу.',
    'Дочь премьер-министра Мари Тьерри посетила больницу.',
    'Вдова губернатора Николь Мартен открыла выставку.',
    'Сестра министра Кармен Лопес дала интервью.',
    # === 110. after "назначенный" the instrumental of a post that appoints names who appointed
    'Назначенный президентом Иван Петров вступил в должность.',
    'Назначенный королём Иван Петров получил титул.',
    'Утверждённый президентом Олег Котов приступил к работе.',
    'Назначенная указом президента Анна Смирнова приступила к работе.',
    # === 114. a name in the genitive after a post in the instrumental names whose body it is
    'Мы встретились с председателем фонда Ивана Петрова.',
    'Встреча с председателем правления Ивана Петрова прошла в Москве.',
    'Он является членом Комитета защиты Леонарда Пелтиера.',
    'Журналисты поговорили с директором Музея истории Ивана Петрова.',
    'Он стал директором фонда Ивана Петрова.',
    'Она работает секретарём приёмной Олега Зуева.',
    'Он был назначен директором фонда Ивана Петрова.',
    # === 121. "как и" compares; "как" before a calling
    'Иван Петров, как и министр финансов, считает это ошибкой.',
    'Такие люди, как министр финансов, знают это.',
    'Я знаю Петрова как хорошего специалиста.',

    'Иван Петров говорил как министр, хотя им не был.',
    # === 122. a bare post opening a sentence: two people before it, someone else's lawyer, a post before it, no one
    'Путин встретился с Эрдоганом в Сочи. Президент России заявил о прогрессе.',
    'Суд арестовал Виктора Бута. Адвокат заявил, что обжалует решение.',
    'Президент узнал о смерти Ивана Петрова. Глава государства выразил соболезнования.',
    'В Кремле прошла встреча. Президент заявил о прогрессе.',
    'Иван Петров прилетел в Москву. Вчера в Кремле президент провёл совещание.',
    # 126. no pronoun's post: two people before, another gender, another's post word before, no post, a negation
    'Иван Петров встретился с Олегом Зуевым. Он стал министром в 2010 году.',
    'Анна Котова выступила в суде. Он стал министром в прошлом году.',
    'Ольга Белова рассказала о брате. Он работал директором школы.',
    'Иван Петров встретился с губернатором. Он стал губернатором в 2010 году.',
    'Иван Петров родился в Твери. Он был сыном директора завода.',
    'Анна Котова рассказала о муже. Он был директором школы.',
    'Иван Петров приехал в Тверь. Он не был министром.',
    'Иван Петров открыл новый завод. Он станет крупнейшим предприятием региона.',
    'Иван Петров и Олег Зуев приехали в Тверь. Он был губернатором области.',
    'Анна Котова и Ольга Белова выступили в суде. Она была директором школы.',
    # 122. an opener that names someone else: the post may be that one's
    'Вчера Николя Саркози прилетел в Вашингтон. По словам Пескова, президент доволен визитом.',
    'Вчера Николя Саркози прилетел в Вашингтон. В Белом доме президент провёл два часа.',
    # 135. a dative name after a nominative post belongs to another part of the sentence
    'Президент Ивану Петрову вручил орден.',
    'Министр Олегу Рыбину позвонил вчера.',
    # === 143. a compound name of a body after a post, with no name after it
    'В 1990-х годах он был председателем Профинтерна, затем ушёл в отставку.',
    'В 1995 году — председатель Социнтерна, с 2005 года — посол.',
    'По мнению члена комитета Совфеда, решение верное.',
    'Заявление сделал заместитель председателя Горсовета.',
    'Отчёт подготовил секретарь Облисполкома.',
    # === 154. a fronted post: an active verb, a negation, another gender, two people before
    'Олег Зуев окончил университет. Министром он назначил Петрова.',
    'Олег Зуев окончил университет. Министром финансов он так и не стал.',
    'Анна Котова окончила университет. Министром он стал в 2010 году.',
    'Олег Зуев и Пётр Лыков окончили университет. Министром он стал в 2010 году.',
    # === 158. no name in the brackets after a post
    'Президент (на фото) выступил.',
    # === 160. a post sought: an infinitive of becoming, or a negation
    'Олег Зуев хочет стать министром финансов.',
    'Олег Зуев не смог остаться министром.',
    # === 182. an infinitive of appointing right before the mention: an appointment to come or wished for, no post held (a decree's opening infinitive is one made)
    'Кремль не сдержал обещания назначить А. Кудрина на пост премьера.',
    'Президент решил назначить Ивана Петрова министром финансов.',
    'Губернатор стремится провести на пост главы Госстроя Василия Токарева.',
    'Президент предложил назначить на пост министра Ивана Петрова.',
    'Партия намерена выдвинуть Анну Котову на пост мэра.',
    # === 189. a surname alone is a holder only when the text names the person in full: not here, nor after a relational post or "после"
    'Журналисты писали о президенте Макроне.',
    'Встреча с советником Макрона прошла в Елисейском дворце. Эммануэль Макрон вернулся из Африки.',
    'Эммануэль Макрон вернулся из Африки. После визита Макрона в Марокко цены выросли.',
    'Режиссёр Тимур Бекмамбетов снял новый фильм. Продюсер Бекмамбетова подтвердил выход картины.',
    # === 190. the person a body is named after holds no post there
    'Директор театра имени Маяковского заявил, что сезон откроется в сентябре.',
    'Студенты университета имени Баумана Иван Петров и Олег Котов победили на олимпиаде.',
    # === 195. a name put forward for a post ("кандидатуру", "выдвинула" before the name and "на пост") holds none yet
    'Депутаты рассмотрят кандидатуру Михаила Мишустина на пост председателя правительства в четверг.',
    'Президент внёс кандидатуру Ивана Петрова на должность министра финансов.',
    'Совет одобрил кандидатуру Анны Беловой на пост ректора.',
    'Партия выдвинула Ивана Петрова на пост губернатора.',
    'Кандидатура Олега Котова на пост мэра будет рассмотрена в понедельник.',
    # === 196. a rival or an ally of the post's holder is named, not the holder
    'Соперником действующего главы района на выборах станет Олег Шевченко.',
    'Соперником губернатора на выборах станет Олег Шевченко.',
    'Конкурентом мэра на выборах будет Иван Петров.',
    'Главный соперник губернатора Иван Петров снял кандидатуру.',
    'Союзник президента Иван Петров выступил с заявлением.',
    # === 197. a surname alone the text names in full, but no link to a post: no fact
    'Иван Петров выступил. Петров встретился с губернатором области.',
    'Синдзо Абэ вернулся в политику. Абэ раскритиковал премьера Японии.',
    # === 199. a post sought, however its office is described
    'Иван Петров претендует на высокий пост министра.',
    # === 201. the client named after a party at law is no holder
    'Адвокат потерпевшего заявил о нарушениях.',
    'Суд выслушал адвоката обвиняемого Ивана Петрова.',
    # === 206. whose company or staff a surname names after a body's noun; a post run for after a link verb
    'Илон Маск купил Twitter. Генеральный директор компании Маска заявил о сокращениях.',
    'Синдзо Абэ вернулся в политику. Абэ стал кандидатом на пост премьер-министра Японии.',
    'Супруга президента Брижит Макрон посетила школу. Президент Макрон выступил с речью.',
    # 207. a family has no office, a party's member holds none
    'Глава семьи погибшего Иван Петров выступил на суде.',
    'Член ЛДПР Иван Петров выступил на митинге.',
    # 221. two men before a clause's pronoun; "Им стал" after a candidacy, or after no post
    'Петров встретился с Ивановым; он стал министром.',
    'Партия выдвинула кандидата на выборах президента. Им стал Олег Котов.',
    'Путин встретился с Макроном. Им стал Иван Петров.',
    # 225. a heading's colon opens no clause
    'Иван Петров выступил на форуме. Список:\nон стал министром финансов.',
    # 228. the gerund's subject is a pronoun, or the name after the comma is no subject
    'Будучи министром, он уволил Ивана Петрова.',
    'Будучи президентом, Владимира Путина уважали.',
    'Став министром, Ивану Петрову сразу позвонили.',
    # 230. the one who dismisses is no holder of the post left
    'От должности министра его освободил Иван Петров.',
    # 240. a man's given name in the genitive before a surname that does not decline or ends in "-а" names the one the post serves
    'Выступил пресс-секретарь Джорджа Клуни.',
    'Выступил глава штаба Джорджа Клуни.',
    'Выступил советник Ивана Петрова.',
    'Приехал адвокат Джорджа Буша.',
    # 242. a relative's name after an indeclinable post, an adjective between
    'Супруга бывшего замминистра строительства Светлана Кравец лишилась имущества.',
    'Супруга замминистра Светлана Кравец лишилась имущества.',
    'Дочь замглавы района Анна Петрова задержана.',
    'Он описал систему Ивана Петрова.',
    # 249. a premiere is no premier; a post opening the next sentence whose verb is of the other gender than the one person before
    'Большой театр открыл сезон премьерой оперы Чайковского «Пиковая дама».',
    'Театр открылся премьерой балета Прокофьева.',
    'Вчера Ангела Меркель отдыхала в Альпах. Канцлер также назначил министров.',
    # 252. a candidacy put forward or considered gives no post
    'Президент внёс кандидатуру Михаила Мишустина на пост председателя правительства.',
    'Депутаты рассмотрят кандидатуру Михаила Мишустина на пост председателя правительства.',
    # === a relative's noun, then the post with its adjective, then the relative's own name in the nominative
    'Супруга узбекского лидера Зироат Мирзиёева посетила центр.',
    'Вдова бывшего губернатора Марина Степанова подала иск.',
    'Дочь казахстанского лидера Дарига Назарбаева выступила в сенате.',
    'Жена французского посла Ирэн Дюпон посетила больницу.',
    'Сын покойного министра Андрей Петров выступил на похоронах.',
    'Мать нынешнего мэра Нина Зуева дала интервью.',
    'Супруга бывшего губернатора Анна Котова открыла выставку.',
    # === a gerund after a clause takes no post that is none, nor one of another
    'Иван Петров выиграл турнир, став чемпионом мира.',
    'Иван Петров встретился с губернатором, став свидетелем встречи.',
    # === a partner without a rank is no post; a name after "имени" and its initials is no holder
    'Его партнёр по бизнесу Олег Зотов выступил.',
    'Партнёр Иванова Олег Зотов выступил.',
    'Его направили его бывший партнер по сборной Вячеслав Быков и министр спорта.',
    'Он руководил Институтом имени Л. Д. Ландау, а затем был заведующим кафедрой.',
    # === the leader of a contest ranks first in it, no office; a manager; a governor's wife
    'Лидер гонки Иван Петров сошёл с дистанции.',
    'После пяти туров лидером чемпионата остаётся Олег Котов.',
    'Глава турнирной таблицы Анна Рябова проиграла.',
    'Менеджер магазина Иван Петров сообщил о краже.',
    'Губернаторша Анна Петрова открыла бал.',
    # === a director or an artist without the rank holds no post
    'Постановку осуществил режиссёр Кирилл Вышегородцев.',
    'Картины художника Ивана Петрова показали в Москве.',
    # === whom a street or a square is named after is no antecedent of a bare post after it
    'Митинг прошёл на площади Ивана Петрова. Кандидат пообещал снизить налоги.',
    'Офис открыли на улице Олега Котова. Директор рассказал о планах.',
    # === a post the elections are of, and a name after it, holds no holder; "сменил на посту" with no post named before; an assistant of a person
    'Делегаты выдвинули кандидатом на выборах губернатора Иркутской области Ангелину Шестакову.',
    'Партия поддержит на выборах мэра Олега Орлова.',
    'Избирком зарегистрировал на выборах президента Марину Котову.',
    'Наблюдатели отметили на выборах главы района Ивана Сорокина как самого активного кандидата.',
    'Иван Петров родился в Омске. Он сменил на посту Олега Сидорова.',
    'Ассистент режиссёра Орлова Анна рассказала о съёмках.',
    'Отставку министра Стелла Ягодка назвала ошибкой.',
    'Выставку открыл директор фонда Джорджа Клуни.',
    'Выставку открыл директор музея Андрея Рублёва.',
    # === a second predicate with a subject of its own, in another's clause, or of another gender
    'Иван Петров окончил МГУ, а его брат стал министром финансов.',
    'Иван Петров сообщил, что Олег Сидоров ушёл, а затем стал министром.',
    'Иван Петров окончил МГУ, а она стала министром финансов.',
    'Анна Котова окончила университет, а затем был министром.',
    'Ивана Петрова уволили, а затем он стал министром.',
    # === "Он" of two people, or of the other gender, opens no second predicate
    'Иван Петров встретился с Олегом Сидоровым. Он окончил МГУ, а затем работал советником министра.',
    'Анна Котова получила премию. Он окончил МГУ, а затем работал советником министра.',
    # a possessive 'его' before the one appointed, a pronoun of the other gender, no post
    'Иван Петров выступил на совещании. Его сына назначили министром.',
    'Анна Котова приехала в город. Его назначили министром финансов.',
    'Иван Петров выступил на совещании. Затем его назначили.',
    # === such a body and its place are no person's name
    'Выступил президент Женералитата Каталонии.',
    'С речью выступил председатель Женералитата Каталонии.',
    # the pronoun after a time: two people before, or another gender
    'Иван Петров и Олег Белов окончили институт. В 2010 году он работал в банке, а затем стал директором школы.',
    'Иван Петров окончил институт. В 2010 году она работала в банке, а затем стала директором школы.',
    # the one before named by no name
    'На посту директора он сменил своего брата.',
    # a Vietnamese family name's word as a word
    'То Москва, то Петербург принимали гостей из Ханоя.',
    # duties with no person to carry them
    'Исполнять обязанности министра будет непросто.',
    'Обязанности мэра перешли к администрации города.',
    'Исполнение обязанностей министра возложено на департамент финансов.',
    # a plural post over two places, one person named elsewhere
    'Министры обороны России и Китая провели переговоры, сообщил Сергей Шойгу.',
    # a word of time that is no time: "В материале 2015 года"
    'Иван Петров написал книгу. В материале 2015 года Петров назван министром.',
]

XFAIL = [  # cases known to fail, each with why (run as strict xfail)
    ('министром иностранных дел Египта Бадром Абдель Аты', Official(None, 'министр иностранных дел', Person(None, 'Бадр', None, 'Абдель Аты'), place='Египет')),  # an Arabic surname of two words, the first a given name the dictionary knows
    ('сенатор Линдси О. Грэм', Official(None, 'сенатор', Person(None, 'Линдси', 'О.', 'Грэм'))),  # an unknown first name before an initial is read as whose post it is ("советник Текслера")
    ('главный врач Городской клинической больницы № 52 Марьяна Анатольевна Лысенко', Official(None, 'главный врач', Person(None, 'Марьяна', 'Анатольевна', 'Лысенко'), organization='Городская клиническая больница № 52')),  # a numbered body after a capitalized adjective and a lower-case one
    ('ректора Университета Иннополис Александра Геннадьевича Тормасова', Official(None, 'ректор', Person(None, 'Александр', 'Геннадьевич', 'Тормасов'), organization='Университет Иннополис')),  # a body named by a nominative word after its noun, before a patronymic
    ('министр иностранных дел Саудовской Аравии принц Фейсал бин Фархан Аль Сауд', Official(None, 'министр иностранных дел', Person(None, 'Фейсал', None, 'бин Фархан Аль Сауд'), place='Саудовская Аравия')),  # a title ("принц") between the post and the name is read as a post of its own
    ('министру энергетики Саудовской Аравии принцу Абдулазизу бин Салману', Official(None, 'министр энергетики', Person(None, 'Абдулазиз', None, 'бин Салман'), place='Саудовская Аравия')),  # a title ("принц") between the post and the name gives a second fact
    ('наследного принца Абу-Даби шейха Халеда бен Мухаммеда Аль Нахайяна', Official(None, 'наследный принц', Person(None, 'Халед', None, 'бен Мухаммед Аль Нахайян'), place='Абу-Даби')),  # a hyphenated place ("Абу-Даби") is read as a sole name
    ('премьер-министру Италии Джордже Мелони', Official(None, 'премьер-министр', Person(None, 'Джорджа', None, 'Мелони'), place='Италия')),  # a woman's first name the dictionary reads as a man's ("Джордже")
    ('Глава Республике Коми Ростислав Гольдштейн', Official(None, 'глава', Person(None, 'Ростислав', None, 'Гольдштейн'), place='Республика Коми')),  # a case slip in the text itself: the place in the dative
    ('начальник Главного управления по вопросам миграции (ГУВМ) МВД России Валентина Казакова', Official(None, 'начальник', Person(None, 'Валентина', None, 'Казакова'), organization='Главное управление по вопросам миграции', place='Россия')),  # an abbreviation in brackets inside a body before its parent body
    ('министр-президент земли Северный Рейн — Вестфалия Хендрик Вюст', Official(None, 'министр-президент', Person(None, 'Хендрик', None, 'Вюст'), place='земля Северный Рейн — Вестфалия')),  # a place name of two parts joined by a dash
    ('Директор Фонда Андрея Первозванного Ольга Орлова открыла выставку.', [
        ('Директор Фонда Андрея Первозванного Ольга Орлова', Official(None, 'директор', Person(None, 'Ольга', None, 'Орлова'), organization='Фонд Андрея Первозванного')),
    ]),  # a body named after a person without "имени"
    ('Адвокат главы района Петра Зуева обжаловал арест.', [
        ('главы района Петра Зуева', Official(None, 'глава района', Person(None, 'Петр', None, 'Зуев'))),
    ]),  # a relational post before another post governs the name
    ('Защитник Петра Орлова обжаловал приговор.', None),  # "Петра Орлова" also reads as a woman in the nominative
    ('Начальник охраны бизнесмена Петра Котова задержан.', None),  # "Петра Котова" also reads as a woman in the nominative
    ('Лидер Хезболлы Хасан Насрулла выступил по телевидению.', [
        ('Лидер Хезболлы Хасан Насрулла', Official(None, 'лидер', Person(None, 'Хасан', None, 'Насрулла'), organization='Хезболлы')),
    ]),  # one capitalized word the dictionary does not know is as often a first name ("Нейл Патрик Харрис"): it is read as the name's
    ('Театр показал оперу «Сказка о царе Салтане».', None),  # a title of a work without quotes around the mention
    ('Король поп-музыки Майкл Джексон мог бы отметить юбилей.', None),  # a figurative title: a king of a genre
    ('Королева красоты Анна Котова вернула корону.', None),  # a figurative title: a beauty queen
    ('Помощник канцлера Германии Олафа Шольца Анна Котова ушла в отставку.', [
        ('Помощник канцлера Германии Олафа Шольца Анна Котова', Official(None, 'помощник канцлера', Person(None, 'Анна', None, 'Котова'), place='Германия')),
        ('канцлера Германии Олафа Шольца', Official(None, 'канцлер', Person(None, 'Олаф', None, 'Шольц'), place='Германия')),
    ]),  # a genitive name the dictionary does not know ("Олафа") reads as no owner: only the chancellor's fact  # an unknown body in the genitive after a bare post reads as a surname, as a foreign man's surname in "-а" does ("президент Зума"); refusing it lost a true holder
]
