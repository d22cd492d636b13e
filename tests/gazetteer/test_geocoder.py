"""OfflineGeocoder: the geopy contract (STYLE.md), geopandas and RateLimiter."""

from __future__ import annotations

import geopandas
import pytest
from geopy.exc import ConfigurationError, GeocoderQueryError
from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders.base import Geocoder
from geopy.location import Location
from geopy.point import Point

from gazetteer import GazetteerNotBuiltError, OfflineGeocoder


@pytest.fixture(scope="module")
def geocoder() -> OfflineGeocoder:
    return OfflineGeocoder()


def test_is_a_geopy_geocoder(geocoder: OfflineGeocoder) -> None:
    assert isinstance(geocoder, Geocoder)
    with OfflineGeocoder() as other:
        assert other.geocode("Kiev") is not None


def test_geocode_exactly_one(geocoder: OfflineGeocoder) -> None:
    loc = geocoder.geocode("Gouliaïpolé")
    assert isinstance(loc, Location)
    address, (lat, lon) = loc
    assert lat == pytest.approx(47.667, abs=0.01)
    assert lon == pytest.approx(36.256, abs=0.01)
    assert "Zaporizhzhia Oblast" in address
    assert loc.raw["geonameid"] == 707898
    assert loc.raw["kind"] == "city"
    assert loc.raw["admin1"] == "Zaporizhzhia Oblast"


def test_geocode_list_and_filters(geocoder: OfflineGeocoder) -> None:
    locs = geocoder.geocode("Pokrovsk", exactly_one=False, limit=3)
    assert isinstance(locs, list) and len(locs) == 3
    assert all(isinstance(loc, Location) for loc in locs)
    ru = geocoder.geocode("Pokrovsk", country="RU")
    assert ru.raw["country"] == "RU"
    oblast = geocoder.geocode("Koursk", feature_code="oblast")
    assert oblast.raw["name"] == "Kursk Oblast"


def test_no_match_is_none_not_empty_list(geocoder: OfflineGeocoder) -> None:
    assert geocoder.geocode("Xqzzyvwk") is None
    assert geocoder.geocode("Xqzzyvwk", exactly_one=False) is None


@pytest.mark.parametrize(
    "bad", ["", "  ", None, 3.5, "y" * 201], ids=["empty", "blank", "None", "float", "long"]
)
def test_bad_query(geocoder: OfflineGeocoder, bad: object) -> None:
    with pytest.raises(GeocoderQueryError, match="query must be a non-empty string"):
        geocoder.geocode(bad)  # type: ignore[arg-type]


def test_bad_filters_and_construction(geocoder: OfflineGeocoder, tmp_path) -> None:
    with pytest.raises(GeocoderQueryError, match="feature_code"):
        geocoder.geocode("Kiev", feature_code="town")
    with pytest.raises(GeocoderQueryError, match="alpha-2"):
        geocoder.geocode("Kiev", country="Ukraine")
    with pytest.raises(ConfigurationError, match="path"):
        OfflineGeocoder(path=42)  # type: ignore[arg-type]
    with pytest.raises(GazetteerNotBuiltError, match="incimap gazetteer build"):
        OfflineGeocoder(path=tmp_path / "missing.sqlite")


@pytest.mark.parametrize(
    "query",
    [Point(50.511, 30.791), (50.511, 30.791), "50.511, 30.791"],
    ids=["Point", "tuple", "string"],
)
def test_reverse(geocoder: OfflineGeocoder, query: object) -> None:
    loc = geocoder.reverse(query)
    assert isinstance(loc, Location)
    assert loc.raw["name"] == "Brovary"
    assert loc.latitude == pytest.approx(50.511, abs=0.01)
    assert isinstance(geocoder.reverse(query, exactly_one=False), list)


def test_reverse_errors_and_none(geocoder: OfflineGeocoder) -> None:
    with pytest.raises(GeocoderQueryError, match="query must be a point"):
        geocoder.reverse("not a point")
    with pytest.warns(UserWarning), pytest.raises(GeocoderQueryError):
        geocoder.reverse((95.0, 30.0))
    assert geocoder.reverse((0.0, -160.0)) is None


def test_geopandas_geocode() -> None:
    names = ["Kiev", "Soumy", "Robotyné", "Xqzzyvwk"]
    gdf = geopandas.tools.geocode(names, provider=OfflineGeocoder)
    assert list(gdf.columns) == ["geometry", "address"]
    assert gdf.crs.to_epsg() == 4326
    assert gdf.geometry.iloc[0].x == pytest.approx(30.52, abs=0.01)  # lon first
    assert gdf.geometry.iloc[0].y == pytest.approx(50.45, abs=0.01)
    assert gdf.geometry.iloc[2].y == pytest.approx(47.443, abs=0.01)
    assert gdf.geometry.iloc[3].is_empty
    assert gdf.address.isna().iloc[3]


def test_geopandas_reverse_geocode() -> None:
    from shapely.geometry import Point as ShapelyPoint

    gdf = geopandas.tools.reverse_geocode([ShapelyPoint(28.84, 45.35)], provider=OfflineGeocoder)
    assert "Odesa Oblast" in gdf.address.iloc[0]


def test_rate_limiter(geocoder: OfflineGeocoder) -> None:
    geocode = RateLimiter(geocoder.geocode, min_delay_seconds=0)
    assert geocode("Bruxelles").raw["id"] == "geonames:2800866"
