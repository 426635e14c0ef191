"""Two short article bodies, English and Spanish, that cleaning tests set under hand-written page heads and tails."""

BODY = ("Federal agents seized 40 kilograms of fentanyl in Nogales on Monday, officials said in a statement "
        "released to reporters after the operation ended.\n\n"
        "The drugs were hidden in a truck carrying tomatoes across the border, the agency added.\n")
BODY_ES = ("Agentes federales aseguraron 40 kilos de fentanilo en Nogales el lunes, informaron las autoridades en un "
           "comunicado difundido tras el operativo.\n\n"
           "La droga estaba oculta en un camión que transportaba jitomate por la frontera, añadió la dependencia.\n")
