"""Brazilian cities the parser knows by name: `Name|UF|nicknames,comma,separated`.

All 27 capitals and the larger cities of each state; a city not listed is still accepted
as typed (title-cased) by `places.parse_city`.
"""

CITY_TABLE = """
São Paulo|SP|sampa,sp capital,sao paulo capital,capital paulista
Rio de Janeiro|RJ|rio,rj capital,cidade maravilhosa
Belo Horizonte|MG|bh,beaga,belzonte,bhz
Brasília|DF|bsb,brasilia df,plano piloto
Salvador|BA|ssa
Fortaleza|CE|fortal
Curitiba|PR|cwb,ctba
Manaus|AM|
Recife|PE|
Porto Alegre|RS|poa,portoalegre
Belém|PA|
Goiânia|GO|gyn
São Luís|MA|sao luis do maranhao
Maceió|AL|
Natal|RN|
Teresina|PI|the
João Pessoa|PB|jampa,jp
Aracaju|SE|aju
Cuiabá|MT|
Campo Grande|MS|cg
Florianópolis|SC|floripa,floripa sc,fpolis
Vitória|ES|
Porto Velho|RO|
Macapá|AP|
Rio Branco|AC|
Boa Vista|RR|
Palmas|TO|
Guarulhos|SP|
Campinas|SP|
São Bernardo do Campo|SP|sbc,sao bernardo
Santo André|SP|
Osasco|SP|
São José dos Campos|SP|sjc,sao jose dos campos
Ribeirão Preto|SP|rp,ribeirao
Sorocaba|SP|
Santos|SP|
Mauá|SP|
São José do Rio Preto|SP|rio preto,sjrp
Mogi das Cruzes|SP|mogi
Diadema|SP|
Jundiaí|SP|
Piracicaba|SP|
Carapicuíba|SP|
Bauru|SP|
Itaquaquecetuba|SP|itaquá
São Vicente|SP|
Franca|SP|
Praia Grande|SP|
Guarujá|SP|
Taubaté|SP|
Limeira|SP|
Barueri|SP|
Suzano|SP|
Taboão da Serra|SP|
Sumaré|SP|
Indaiatuba|SP|
São Carlos|SP|
Americana|SP|
Marília|SP|
Presidente Prudente|SP|prudente
Araraquara|SP|
Cotia|SP|
Atibaia|SP|
São Caetano do Sul|SP|sao caetano,scs
Alphaville|SP|
São Gonçalo|RJ|
Duque de Caxias|RJ|caxias rj
Nova Iguaçu|RJ|
Niterói|RJ|
Belford Roxo|RJ|
Campos dos Goytacazes|RJ|campos
São João de Meriti|RJ|
Petrópolis|RJ|
Volta Redonda|RJ|
Macaé|RJ|
Cabo Frio|RJ|
Angra dos Reis|RJ|
Uberlândia|MG|udi
Contagem|MG|
Juiz de Fora|MG|jf
Betim|MG|
Montes Claros|MG|
Ribeirão das Neves|MG|
Uberaba|MG|
Governador Valadares|MG|valadares
Ipatinga|MG|
Sete Lagoas|MG|
Divinópolis|MG|
Poços de Caldas|MG|
Feira de Santana|BA|feira
Vitória da Conquista|BA|conquista
Camaçari|BA|
Ilhéus|BA|
Itabuna|BA|
Lauro de Freitas|BA|
Juazeiro|BA|
Caucaia|CE|
Juazeiro do Norte|CE|
Sobral|CE|
Maracanaú|CE|
Londrina|PR|
Maringá|PR|
Ponta Grossa|PR|
Cascavel|PR|
São José dos Pinhais|PR|
Foz do Iguaçu|PR|foz
Colombo|PR|
Jaboatão dos Guararapes|PE|jaboatao
Olinda|PE|
Caruaru|PE|
Petrolina|PE|
Paulista|PE|
Caxias do Sul|RS|caxias
Pelotas|RS|
Canoas|RS|
Santa Maria|RS|
Gravataí|RS|
Novo Hamburgo|RS|
São Leopoldo|RS|
Passo Fundo|RS|
Ananindeua|PA|
Santarém|PA|
Marabá|PA|
Aparecida de Goiânia|GO|aparecida
Anápolis|GO|
Rio Verde|GO|
Imperatriz|MA|
Arapiraca|AL|
Mossoró|RN|
Parnamirim|RN|
Campina Grande|PB|
Várzea Grande|MT|
Rondonópolis|MT|
Dourados|MS|
Joinville|SC|
Blumenau|SC|
São José|SC|
Chapecó|SC|
Itajaí|SC|
Balneário Camboriú|SC|bc,balneario
Criciúma|SC|
Palhoça|SC|
Vila Velha|ES|
Serra|ES|
Cariacica|ES|
Guarapari|ES|
Ji-Paraná|RO|
Santana|AP|
Nossa Senhora do Socorro|SE|
Parintins|AM|
Araguaína|TO|
Taguatinga|DF|
Ceilândia|DF|
Águas Claras|DF|
"""
